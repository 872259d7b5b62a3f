import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { io } from './io.js';

/**
 * Buffered line output that waits for the stream to drain (flat memory on big batches)
 * and ends quietly when the reader goes away (`dateline extract … | head`).
 */
export class LineWriter {
  #buffer: string[] = [];
  #size = 0;
  #closed = false;
  readonly #stream: Writable;
  readonly #limit: number;

  constructor(stream: Writable, limit = 1 << 16) {
    this.#stream = stream;
    this.#limit = limit;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.#closed = true;
      else throw error;
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  async line(text: string): Promise<void> {
    this.#buffer.push(text, '\n');
    this.#size += text.length + 1;
    if (this.#size >= this.#limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer.length === 0 || this.#closed) return;
    const chunk = this.#buffer.join('');
    this.#buffer = [];
    this.#size = 0;
    if (!this.#stream.write(chunk)) await Promise.race([once(this.#stream, 'drain'), once(this.#stream, 'close')]);
  }
}

/** One stderr line: `where: CODE: reason`. */
export function reportError(where: string, code: string, reason: string): void {
  io().stderr.write(`${where}: ${code}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
}
