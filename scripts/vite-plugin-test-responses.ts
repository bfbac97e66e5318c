import type { Plugin } from 'vite';

/**
 * Test-only answers that a static file server cannot give: a real 404 (Vite's dev server answers
 * unknown paths with its HTML page instead) and a response that lies about its size.
 */
export function testResponses(): Plugin {
  return {
    name: 'pantau:test-responses',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (url.startsWith('/__pantau_test__/missing')) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain');
          res.end('Not Found');
          return;
        }
        if (url.startsWith('/__pantau_test__/login-page.csv')) {
          // What a portal behind a login (or a single-page app) answers for any address.
          res.setHeader('Content-Type', 'text/html');
          res.end(
            '<!doctype html><html><head><title>Masuk</title></head><body>Silakan masuk</body></html>',
          );
          return;
        }
        if (url.startsWith('/__pantau_test__/streamed-large.csv')) {
          // No Content-Length: the size cap must hold while streaming.
          res.setHeader('Content-Type', 'text/csv');
          res.write('a,b\n');
          for (let i = 0; i < 2000; i++) res.write(`${i},${i * 2}\n`);
          res.end();
          return;
        }
        next();
      });
    },
  };
}
