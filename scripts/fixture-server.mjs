// A local HTTPS server that answers for any hostname (the browser is pointed at it with
// --host-resolver-rules), serving fixture pages by host + path. Used by the end-to-end tests, the
// audit demo and `npm start`. It listens on 127.0.0.1 only and records every request it gets.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const certs = join(root, 'test/e2e/certs');

export function fixturePath(client, file) {
  return join(root, 'test/fixtures/pages', client, file);
}

const CONTENT_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

function contentTypeOf(path) {
  const extension = /\.[a-z]+$/.exec(path)?.[0] ?? '';
  return `${CONTENT_TYPES[extension] ?? 'text/html'}; charset=utf-8`;
}

/**
 * routes: { 'meet.jit.si/PrivacyLensDemo': { file: '/abs/path.html' } | { html: '...' } }
 * A route without a path part (`'video.example.org'`) answers every path of that host.
 */
export async function startFixtureServer(routes = {}, { port = 0, fallback = null } = {}) {
  const table = new Map(Object.entries(routes));
  const requests = [];
  const server = createServer(
    { key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(join(certs, 'cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = new URL(req.url ?? '/', 'https://x').pathname;
      requests.push({ host, path, method: req.method });
      res.setHeader('access-control-allow-origin', '*');
      const route =
        table.get(`${host}${path}`) ?? table.get(host) ?? (path === '/favicon.ico' ? null : fallback);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
        return;
      }
      let body;
      try {
        body = route.html ?? readFileSync(route.file, 'utf8');
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
        return;
      }
      res.writeHead(200, { 'content-type': contentTypeOf(path), 'cache-control': 'no-store' }).end(body);
    },
  );
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listening = server.address().port;
  return {
    port: listening,
    requests,
    route(key, value) {
      table.set(key, value);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
