// A static server for the test fixtures on 127.0.0.1, plus a few pages the tests build on the fly.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Starts the server; `routes` maps a path to a function returning `{ type, body }`. */
export async function startServer(routes = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    try {
      const route = routes[path];
      if (route) {
        const { type, body } = await route();
        response.writeHead(200, { 'content-type': type ?? TYPES['.html'] });
        response.end(body);
        return;
      }
      const file = normalize(join(FIXTURES, path));
      if (!file.startsWith(FIXTURES)) throw new Error('outside fixtures');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((r) => server.close(r)),
  };
}
