import type { Writable } from 'node:stream';
import { io } from './io.js';
import { printableLine } from './printable.js';

/**
 * Buffered line output that waits for the stream to drain (flat memory on big batches)
 * and ends quietly when the reader goes away (`dateline extract … | head`).
 */
export class LineWriter {
  #buffer: string[] = [];
  #size = 0;
  readonly #stream: Writable;
  readonly #limit: number;

  constructor(stream: Writable, limit = 1 << 16) {
    this.#stream = stream;
    this.#limit = limit;
    watchForClose(stream);
  }

  /** True once the reader went away (EPIPE) or the output cannot be written (ENOSPC, EIO …). */
  get closed(): boolean {
    return gone.has(this.#stream);
  }

  async line(text: string): Promise<void> {
    this.#buffer.push(text, '\n');
    this.#size += text.length + 1;
    if (this.#size >= this.#limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer.length === 0 || this.closed) return;
    const chunk = this.#buffer.join('');
    this.#buffer = [];
    this.#size = 0;
    if (!this.#stream.write(chunk)) await drained(this.#stream);
  }
}

/** Resolves when `stream` drains, closes or fails, leaving no listener behind (events.once in a race left one per wait). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Streams whose writes failed, and streams already watched: one listener per stream, however many writers (no MaxListenersExceededWarning). */
const gone = new WeakSet<Writable>();
const watched = new WeakSet<Writable>();

/**
 * Marks `stream` gone on a write error instead of letting it throw: EPIPE (the reader went
 * away), ENOSPC (a full disk), or any other. The command's exit status says the rest.
 */
function watchForClose(stream: Writable): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    gone.add(stream);
    if (error.code !== 'EPIPE') outputFailed(error);
  });
}

/** A write to standard output failed for a reason other than a reader gone: one line on stderr, exit 1. */
function outputFailed(error: NodeJS.ErrnoException): void {
  const given = io();
  given.exitCode = given.exitCode || 1;
  try {
    given.stderr.write(`dateline: E_WRITE: cannot write the output (${error.code ?? error.message})\n`);
  } catch {
    // standard error is gone too: the exit status says it
  }
}

/** One stderr line: `where: CODE: reason`. */
export function reportError(where: string, code: string, reason: string): void {
  io().stderr.write(`${printableLine(where)}: ${code}: ${printableLine(reason)}\n`);
}
