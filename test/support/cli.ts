import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { CLI, ROOT } from './paths.js';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment every CLI test starts from: no colour, no store from the caller's shell. */
function testEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DATELINE_DB: undefined, ...env };
}

/**
 * Runs the built CLI as a process (`npm test` builds first) and waits for it. Only for what
 * needs a real process: exit statuses as the shell sees them, signals, EPIPE, another user.
 */
export function cli(args: readonly string[], options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...options,
    env: testEnv(options.env),
  });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** A stream that keeps what is written to it. */
class Capture extends Writable {
  readonly isTTY: boolean;
  readonly #chunks: Buffer[] = [];

  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.#chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }

  text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }
}

export interface InProcessOptions {
  /** What standard input holds (empty when not given). */
  readonly input?: string | Buffer;
  /** Variables over the test environment (`undefined` removes one). */
  readonly env?: NodeJS.ProcessEnv;
  /** Standard output plays a terminal (`isTTY`), as for a person at one. */
  readonly tty?: boolean;
}

/**
 * Runs `dateline ARGS…` in this process, from the TypeScript sources, with captured
 * streams: the same commands, options, messages and exit statuses as the program, without
 * a process start (1 s of CPU) per call. `cwd` is the project root, as for `cli`.
 */
export async function dateline(args: readonly string[], options: InProcessOptions = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty === true);
  const stderr = new Capture();
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  const status = await runCli(args, { stdout, stderr, stdin, env: testEnv(options.env), exitCode: 0 });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
