import { startFixtureServer } from './fixture-server.mjs';

const s = await startFixtureServer({
  'meet.jit.si': {
    html: '<!doctype html><html><body><div id="videospace"></div><div aria-label="This meeting is being recorded."></div></body></html>',
  },
});
console.log(s.port);
setTimeout(() => s.close(), 30000);
