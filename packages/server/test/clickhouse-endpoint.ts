// The real ClickHouse engine (npm chdb: ClickHouse 26 in-process) behind a loopback HTTP endpoint
// that speaks the part of ClickHouse's HTTP interface the server's driver uses: the SQL as the
// POST body, `database`, `default_format`, settings and `param_*` in the URL (values in escaped
// TabSeparated text, as the HTTP interface reads them), errors as a non-200 answer with the
// code in X-ClickHouse-Exception-Code. No ClickHouse server package is new enough here
// (TOOLCHAIN.md), so this is how the driver meets the real engine over real HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Session } from 'chdb';

/** The HTTP interface's own parameters, which are not query settings. */
const NOT_SETTINGS = new Set(['database', 'default_format', 'query', 'wait_end_of_query']);
const SETTING_NAME = /^[a-z_][a-z0-9_]*$/;

export interface ClickHouseEndpoint {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly session: Session;
  /** Statements received, with their parameters, newest last. */
  readonly received: { sql: string; params: Record<string, string> }[];
  close(): Promise<void>;
}

/** `\t`, `\n`, `\\`... read back as the HTTP interface reads a parameter. */
function unescape(text: string): string {
  const escapes: Record<string, string> = {
    t: '\t',
    n: '\n',
    r: '\r',
    b: '\b',
    f: '\f',
    '0': '\0',
  };
  return text.replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c);
}

function answerError(message: string): { status: number; code: string } {
  const code = /Code:\s*(\d+)/.exec(message)?.[1] ?? '1002';
  return { status: code === '159' ? 504 : 500, code };
}

export async function startClickHouseEndpoint(): Promise<ClickHouseEndpoint> {
  const session = new Session();
  const received: ClickHouseEndpoint['received'] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const params: Record<string, string> = {};
      const settings: string[] = [];
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('param_')) params[key.slice(6)] = unescape(value);
        else if (!NOT_SETTINGS.has(key) && SETTING_NAME.test(key)) {
          settings.push(`${key} = '${value.replace(/[\\']/g, '\\$&')}'`);
        }
      }
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ sql: body, params });
      const database = url.searchParams.get('database');
      const sql = `${body}${settings.length > 0 ? ` SETTINGS ${settings.join(', ')}` : ''}`;
      const format = url.searchParams.get('default_format') ?? 'TabSeparated';
      const use = database === null ? Promise.resolve() : session.queryAsync(`USE \`${database}\``);
      use
        .then(() => session.queryBindAsync(sql, params, { format }))
        .then(
          (result) => {
            response.writeHead(200, { 'content-type': 'application/octet-stream' });
            response.end(Buffer.from(result.bytes()));
          },
          (error: Error) => {
            const { status, code } = answerError(error.message);
            response.writeHead(status, { 'x-clickhouse-exception-code': code });
            response.end(error.message);
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    received,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      session.cleanup();
    },
  };
}

/** Loads Parquet files into MergeTree tables of `database`, one table per file. */
export async function loadParquet(
  endpoint: ClickHouseEndpoint,
  database: string,
  files: Record<string, string>,
): Promise<void> {
  await endpoint.session.queryAsync(`CREATE DATABASE IF NOT EXISTS \`${database}\``);
  for (const [table, file] of Object.entries(files)) {
    await endpoint.session.queryAsync(
      `CREATE TABLE \`${database}\`.\`${table}\` ENGINE = MergeTree ORDER BY tuple() AS SELECT * FROM file('${file.replaceAll("'", "\\'")}', Parquet)`,
    );
  }
}
