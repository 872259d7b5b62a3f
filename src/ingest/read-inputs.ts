import { createReadStream, readFileSync, type Stats, statSync } from 'node:fs';
import { DatelineError } from '../errors/codes.js';
import { decodeUtf8 } from './decode.js';
import { isHtmlPath, isUrl } from './input-kinds.js';
import { readJsonl } from './jsonl.js';
import { failure, type IngestResult } from './result.js';
import { textDocument } from './text-file.js';
import { INPUT_EXTENSIONS, walkInputs } from './walk.js';
import type { WebReadOptions } from './web/read-url.js';

export interface ReadOptions {
  /** `--date`: the date of plain-text articles (and JSONL records) that state none. */
  readonly date?: string | undefined;
  /** Largest single text article, in bytes. */
  readonly maxBytes?: number;
  /** Standard input, for the path `-` (injectable for tests). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** How URLs are fetched, and which feed items (`ingest`, `watch`). */
  readonly web?: WebReadOptions;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** True for the JSON-lines extensions (`.jsonl`, `.ndjson`). */
export function isJsonlPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.jsonl') || lower.endsWith('.ndjson');
}

/**
 * Every document under `paths`, in order: files as given, folders walked recursively in
 * sorted order, `-` for standard input. Failures are yielded, never thrown, so the
 * batch goes on; only one document (or one JSONL line) is held in memory at a time.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    if (isUrl(path)) {
      // the web client and the HTML parser load only for a URL or a page (start-up of plain text)
      const { readUrl } = await import('./web/read-url.js');
      yield* readUrl(path, { ...options.web, date: options.date });
      continue;
    }
    // one synchronous stat a path, handed on: a trip through the thread pool per file cost
    // more than the stat itself (--jobs 1 waited on it between documents)
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      yield failure(path, error);
      continue;
    }
    if (info.isDirectory()) {
      try {
        let files = 0;
        for await (const file of walkInputs(path)) {
          files++;
          yield* readFileInput(file, options);
        }
        // A folder with nothing to read is said, not passed over with exit 0.
        if (files === 0)
          yield failure(path, new DatelineError('E_READ', `the folder holds no file dateline reads (${INPUT_EXTENSIONS.join(', ')})`));
      } catch (error) {
        yield failure(path, error);
      }
    } else {
      yield* readFileInput(path, options, info);
    }
  }
}

async function* readFileInput(path: string, options: ReadOptions, given?: Stats): AsyncGenerator<IngestResult> {
  // Only regular files (a symlink is followed once): a FIFO with no writer would block the
  // batch, and /dev/zero or /dev/urandom report a size of 0 and never end.
  let size: number;
  try {
    const info = given ?? statSync(path);
    size = info.size;
    if (!info.isFile()) {
      throw new DatelineError(
        'E_READ',
        `not a regular file (${info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'a socket or other special file'}); save the articles to a file, or pipe them to "-"`,
      );
    }
  } catch (error) {
    yield failure(path, error);
    return;
  }
  if (isJsonlPath(path)) {
    try {
      yield* readJsonl(path, createReadStream(path), options);
    } catch (error) {
      yield failure(path, error);
    }
    return;
  }
  // One article is small: a synchronous read costs less than a trip through the thread pool.
  try {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > max) throw new DatelineError('E_TOO_LARGE', `the file has ${size} bytes, over the ${max}-byte limit for one article`);
    const bytes = readFileSync(path);
    if (isHtmlPath(path)) {
      const [{ htmlDocument }, { decodePage }] = await Promise.all([import('./html.js'), import('./html/charset.js')]);
      yield { ok: true, doc: htmlDocument(path, decodePage(bytes).text, { date: options.date }) };
    } else yield { ok: true, doc: textDocument(path, decodeUtf8(bytes), options) };
  } catch (error) {
    yield failure(path, error);
  }
}

/** Standard input: JSON lines when its first non-blank byte is `{`, else one text article. */
async function* readStdin(options: ReadOptions): AsyncGenerator<IngestResult> {
  const input = options.stdin ?? process.stdin;
  const iterator = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    // A UTF-8 byte-order mark at the very start is no content: look past it.
    const from = head.length === 1 && next.value[0] === 0xef && next.value[1] === 0xbb && next.value[2] === 0xbf ? 3 : 0;
    first = next.value.subarray(from).find((b: number) => b !== 32 && b !== 9 && b !== 10 && b !== 13);
  }
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (first === 0x7b) {
    yield* readJsonl('-', rest(), options);
    return;
  }
  try {
    const chunks: Uint8Array[] = [];
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    let size = 0;
    for await (const chunk of rest()) {
      size += chunk.length;
      if (size > max) throw new DatelineError('E_TOO_LARGE', `standard input holds over ${max} bytes, the limit for one article`);
      chunks.push(chunk);
    }
    yield { ok: true, doc: textDocument('-', decodeUtf8(Buffer.concat(chunks)), options) };
  } catch (error) {
    yield failure('-', error);
  }
}
