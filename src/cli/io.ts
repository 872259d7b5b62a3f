import { AsyncLocalStorage } from 'node:async_hooks';
import type { Readable, Writable } from 'node:stream';

/** A stream a command writes to; `isTTY` as on `process.stdout`. */
export type CliOutput = Writable & { readonly isTTY?: boolean };

/**
 * What a command reads and writes instead of `process.*`: the process's streams when
 * dateline runs as a program, streams a test gives when it runs in-process
 * (test/support/cli.ts). Commands never call `process.exit`; they set an exit status.
 */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: Readable;
  readonly env: NodeJS.ProcessEnv;
  /** The status the command run ends with (0 unless a command sets it). */
  exitCode: number;
}

const current = new AsyncLocalStorage<CliIo>();

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, exitCode: 0 };
}

let fallback: CliIo | undefined;

/** The streams of the command run in progress (the process's outside of one). */
export function io(): CliIo {
  const given = current.getStore();
  if (given) return given;
  fallback ??= processIo();
  return fallback;
}

/** Runs `work` with `given` as what `io()` returns inside it, however deep and async. */
export function withIo<T>(given: CliIo, work: () => Promise<T>): Promise<T> {
  return current.run(given, work);
}

/** Sets the exit status of the command run in progress. */
export function setExitCode(code: number): void {
  io().exitCode = code;
}
