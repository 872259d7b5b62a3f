import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './cache-dir.js';
import { fileDigest } from './file-digest.js';
import { adoptSharedBuffers, type SharedEntry } from './shared-buffers.js';
import { TABLES_FORMAT, tablesHeaderSize, writeTablesFile } from './table-file.js';

/**
 * A disk cache of the tables built from a model file (issue #18, start-up). Unzipping a model
 * file and building its lookup tables took ~0.5 s of a one-article `extract`; the tables are
 * the same bytes every time, so the first run writes them to one file in the cache folder
 * (`cache-dir.ts`) and later runs read them back into shared memory (`shared-buffers.ts`), as
 * a pool worker is handed them: the loaders then find every table filled and build nothing.
 *
 * Safe by construction: the file's name is a SHA-256 of the model file's bytes and of the
 * code that builds the tables (a changed model or a changed builder never meets an old
 * file); it is written to a temporary name and renamed (a reader sees a whole file or none);
 * its header names the model and the model file's hash and lists every table's size, all
 * checked on reading. Any failure (no cache folder, not writable, a file of another size)
 * falls back to building the tables, silently. Only the package's own model files
 * (`models/`) are cached: a model a user trains and evaluates is read as before.
 */

/** The package's `models/` folder (same depth from src/ and dist/). */
const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** Whether the tables of `path` are cached: the package's own model files. */
export function isPackageModel(path: string): boolean {
  return resolve(path).startsWith(MODELS_DIR + sep);
}

/** Model files read in this thread whose tables are not cached yet: written by `keepTables`. */
const pending = new Map<string, { readonly file: string; readonly model: string; readonly source: string }>();

/**
 * Takes the cached tables of model file `path` (model `model`, shared-memory key `key`) into
 * this thread's shared buffers; false when there are none (the caller builds them, then
 * calls `keepTables(key)`).
 */
export function adoptCachedTables(path: string, model: string, key: string, dir = cacheDir()): boolean {
  if (dir === undefined) return false;
  let file: string;
  let source: string;
  try {
    source = fileDigest(path);
    if (source === 'missing') return false; // no model file: nothing to cache
    file = join(
      dir,
      `${model}-${createHash('sha256').update(`${source}\0${TABLES_FORMAT}\0${builderHash()}`).digest('hex').slice(0, 32)}.tables`,
    );
  } catch {
    return false; // the builders' code cannot be read (a bundle): no cache
  }
  let tables: Map<string, SharedEntry> | undefined;
  try {
    tables = readTables(file, model, source);
  } catch {
    tables = undefined; // a damaged file: rewritten below
  }
  if (tables?.has('')) {
    adoptSharedBuffers(new Map([...tables].map(([suffix, entry]) => [key + suffix, entry])));
    return true;
  }
  pending.set(key, { file, model, source });
  return false;
}

/** After the tables of model file `key` were built: writes them to the cache, once (see `adoptCachedTables`). */
export function keepTables(key: string | undefined, entries: ReadonlyMap<string, SharedEntry>): void {
  const todo = key === undefined ? undefined : pending.get(key);
  if (key === undefined || todo === undefined) return;
  pending.delete(key);
  const mine = new Map<string, SharedEntry>();
  for (const [k, entry] of entries) if (k === key || k.startsWith(`${key}#`)) mine.set(k.slice(key.length), entry);
  writeTablesFile(todo.file, todo.model, todo.source, mine);
}

/** The tables of cache file `file`, by key suffix, when it holds model `model` of hash `source` whole. */
function readTables(file: string, model: string, source: string): Map<string, SharedEntry> | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(12);
    readFull(fd, head, 0);
    const headerSize = tablesHeaderSize(head);
    if (headerSize === undefined) return undefined;
    const json = Buffer.alloc(headerSize);
    readFull(fd, json, head.length);
    const header = JSON.parse(json.toString('utf8')) as TablesHeader;
    if (header.format !== TABLES_FORMAT || header.model !== model || header.source !== source) return undefined;
    let at = align8(head.length + headerSize);
    const found = new Map<string, SharedEntry>();
    for (const { suffix, bytes, meta } of header.entries) {
      const buffer = new SharedArrayBuffer(bytes);
      found.set(suffix, { buffer, meta });
      at += align8(bytes);
    }
    if (fstatSync(fd).size !== at) return undefined;
    at = align8(head.length + headerSize);
    for (const { buffer } of found.values()) {
      readFull(fd, new Uint8Array(buffer), at);
      at += align8(buffer.byteLength);
    }
    return found;
  } finally {
    closeSync(fd);
  }
}

interface TablesHeader {
  readonly format: string;
  readonly model: string;
  readonly source: string;
  readonly entries: readonly { readonly suffix: string; readonly bytes: number; readonly meta: string }[];
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Reads `into.length` bytes of `fd` from `position`, or throws. */
function readFull(fd: number, into: Uint8Array, position: number): void {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n <= 0) throw new Error('table cache: file shorter than its header says');
    done += n;
  }
}

let builders: string | undefined;

/** SHA-256 of the code that lays the tables out (this folder's loaders): a changed builder makes a new cache file. */
function builderHash(): string {
  if (builders === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const ext = extname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of ['model-file', 'sparse-model', 'keyed-table', 'hashing', 'table-file'])
      hash.update(readFileSync(join(here, `${name}${ext}`)));
    builders = hash.digest('hex');
  }
  return builders;
}
