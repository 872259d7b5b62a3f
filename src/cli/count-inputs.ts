import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isJsonlPath } from '../ingest/read-inputs.js';
import { walkInputs } from '../ingest/walk.js';

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
    if (bytes.length > 0) last = bytes[bytes.length - 1] ?? 10;
  }
  return last === 10 ? lines : lines + 1;
}

async function countFile(path: string): Promise<number> {
  return isJsonlPath(path) ? countLines(path) : 1;
}

/**
 * About how many documents `paths` hold (for the progress bar's ETA): one per text file,
 * one per JSONL line (blank lines included). Null when standard input or a URL is among them.
 */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-' || /^https?:\/\//i.test(path)) return null; // a feed's size is known only once fetched
    try {
      if ((await stat(path)).isDirectory()) {
        for await (const file of walkInputs(path)) total += await countFile(file);
      } else {
        total += await countFile(path);
      }
    } catch {
      total += 1;
    }
  }
  return total;
}
