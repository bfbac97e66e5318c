import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import type * as ServerModule from '../packages/server/src/index.ts';
import type * as DemoViews from '../demo/views.ts';

/** Where the dev server answers for a Pantau server: the page's own origin, as behind a proxy. */
export const PANTAU_PATH = '/pantau/';

interface Running {
  url: string;
  close(): Promise<void>;
}

/**
 * A real `@pantau/server` for `npm start` (server.html) and the browser tests, on
 * datasets/banjarmasin with the demo's views, started on a free loopback port at the first request
 * to `/pantau/` (so a page that never names a server costs nothing) and reached through the dev
 * server at that path: the same origin, the deployment README's proxy in miniature, no CORS.
 * Stopped with the dev server.
 */
export function pantauServer(): Plugin {
  let running: Promise<Running> | null = null;
  return {
    name: 'pantau-server',
    configureServer(server) {
      const start = () => {
        running ??= startFor(server);
        running.catch(() => (running = null));
        return running;
      };
      server.middlewares.use(PANTAU_PATH, (req, res) => {
        start().then(
          (pantau) => forward(pantau.url, req, res),
          (error: unknown) => {
            server.config.logger.error(`pantau-server did not start: ${String(error)}`);
            res.statusCode = 502;
            res.end();
          },
        );
      });
      // Stopped with the dev server: before its HTTP server closes (whose 'close' waits for every
      // kept-alive connection, which held test runs open), so DuckDB's threads never outlive it.
      const closeDevServer = server.close.bind(server);
      server.close = async () => {
        const pantau = running;
        running = null;
        await pantau?.then((p) => p.close()).catch(() => undefined);
        return closeDevServer();
      };
    },
  };
}

async function startFor(server: ViteDevServer): Promise<Running> {
  // Through Vite's module loader, so the TypeScript sources run as they are (no build first).
  const { startServer } = (await server.ssrLoadModule(
    '/packages/server/src/index.ts',
  )) as typeof ServerModule;
  const { demoViews } = (await server.ssrLoadModule('/demo/views.ts')) as typeof DemoViews;
  const pantau = await startServer({
    data: `${server.config.root}/datasets/banjarmasin`,
    port: 0,
    host: '127.0.0.1',
    logger: false,
    views: demoViews(),
  });
  // Its listening socket alone never keeps Node running (a runner that exits without closing).
  pantau.app.server.unref();
  return pantau;
}

function forward(target: string, req: IncomingMessage, res: ServerResponse): void {
  // Connect has taken the mount path off req.url: `/query`, `/tables`.
  const url = new URL((req.url ?? '/').replace(/^\//, ''), target);
  const upstream = request(
    url,
    { method: req.method, headers: { ...req.headers, host: url.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.statusCode = 502;
    res.end();
  });
  // A page that goes away (a superseded request aborted) ends the server's request too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}
