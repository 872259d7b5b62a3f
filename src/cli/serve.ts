import { type Command, InvalidArgumentError } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { io, setExitCode } from './io.js';
import { reportError } from './stdio.js';

export interface ServeCommandOptions {
  readonly db?: string;
  readonly port: number;
  readonly host: string;
  readonly token?: string;
}

/**
 * `dateline serve`: the JSON API and the web UI over one store. Binds localhost unless
 * told otherwise; the server code (Hono, the UI) loads only when this command runs.
 */
export async function runServe(options: ServeCommandOptions, banner = 'dateline serve'): Promise<number> {
  const { startServer, exposed } = await import('../server/start.js');
  const token = options.token ?? process.env.DATELINE_TOKEN;
  try {
    const server = await startServer({ db: options.db, port: options.port, host: options.host, token: token || undefined });
    if (exposed(options.host))
      io().stderr.write(
        `dateline serve: warning: listening on ${options.host}, reachable from other machines; anyone who can reach it reads the whole store\n`,
      );
    io().stdout.write(
      `${banner}: ${server.store.where} at ${server.url}/ (API ${server.url}/api/openapi.json; writes ${token ? 'need the token' : 'off: no --token'}); Ctrl-C stops\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') {
      reportError(
        'dateline serve',
        'E_USAGE',
        `cannot listen on ${options.host}:${options.port} (${e.code}): choose another --port or --host`,
      );
      return 2;
    }
    if (!(error instanceof DatelineError)) throw error;
    reportError('dateline serve', error.code, error.message);
    return 1;
  }
}

/** commander parser for --port: 0 (any free port) to 65535. */
export function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`E_USAGE: ${JSON.stringify(value)} is not a port (0 to 65535)`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the store: a JSON API (OpenAPI at /api/openapi.json) and the web UI, on localhost by default')
    .option('--db <path|url>', 'the store: a SQLite file or postgres://… URL (default: $DATELINE_DB, else ./dateline.db)')
    .option('--port <n>', 'port to listen on (0: any free port)', portNumber, 8080)
    .option('--host <address>', 'address to bind; other than localhost exposes the store to the network', '127.0.0.1')
    .option('--token <token>', 'token that write requests (POST /api/articles) must send (default: $DATELINE_TOKEN; none: no writes)')
    .action(async (options: ServeCommandOptions) => {
      setExitCode(await runServe(options));
    });
}
