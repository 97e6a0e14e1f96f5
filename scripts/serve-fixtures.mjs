#!/usr/bin/env node
// `npm run fixtures -- [--port 8443] [--page jitsi-meet/recording-en.html]`: serves one fixture page over
// local HTTPS for any hostname and path, so the audit CLI (or a browser started with
// --host-resolver-rules) can be pointed at it, e.g.
//   npm run audit -- https://meet.jit.si/SomeRoom --resolve meet.jit.si=127.0.0.1:8443 --insecure --json
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fixturePath, startFixtureServer } from './fixture-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    page: { type: 'string', default: 'jitsi-meet/recording-en.html' },
  },
});
const [client, file] = values.page.split('/');
const path = fixturePath(client ?? '', file ?? '');
if (!existsSync(path)) {
  console.error(`no fixture ${values.page} (see test/fixtures/pages/)`);
  process.exit(2);
}
const server = await startFixtureServer({}, { port: Number(values.port), fallback: { file: path } });
console.log(
  `serving ${values.page} for every host on https://127.0.0.1:${server.port} (self-signed test certificate); Ctrl+C stops`,
);
