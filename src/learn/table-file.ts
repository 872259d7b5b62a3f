import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SharedEntry } from './shared-buffers.js';

/**
 * The cache file of a model's tables (`table-cache.ts`): `DLTABLES`, a u32 (little-endian)
 * header length, the JSON header (format, model, the model file's SHA-256, and per table its
 * key suffix, size and meta), then each table's bytes; the header and every table start at a
 * multiple of 8 bytes.
 */
export const TABLES_FORMAT = 'dateline-tables/1';
const MAGIC = 'DLTABLES';

/** Cache files kept per model (the newest): a few checkouts or versions side by side, not every model ever met. */
const KEEP = 3;

/** The header's length, from a file's first 12 bytes; undefined when they are not a tables file's. */
export function tablesHeaderSize(head: Buffer): number | undefined {
  return head.length >= 12 && head.toString('latin1', 0, 8) === MAGIC ? head.readUInt32LE(8) : undefined;
}

/**
 * Writes the tables `entries` (by key suffix) of model `model` (file hash `source`) to
 * `file`: a temporary file in the same folder, flushed, then renamed over `file`. Older
 * cache files of the same model beyond the newest `KEEP` are removed. Never throws.
 */
export function writeTablesFile(file: string, model: string, source: string, entries: ReadonlyMap<string, SharedEntry>): void {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const list = [...entries].map(([suffix, e]) => ({ suffix, bytes: e.buffer.byteLength, meta: e.meta }));
    const json = Buffer.from(JSON.stringify({ format: TABLES_FORMAT, model, source, entries: list }), 'utf8');
    const head = Buffer.alloc(12);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, 8);
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      let at = 0;
      const put = (bytes: Uint8Array): void => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
        at += bytes.length;
        if (at % 8 !== 0) put(new Uint8Array(8 - (at % 8)));
      };
      put(Buffer.concat([head, json]));
      for (const e of entries.values()) put(new Uint8Array(e.buffer));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    removeOlder(dir, model, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

function removeOlder(dir: string, model: string, kept: string): void {
  const others = readdirSync(dir)
    .filter((name) => name.startsWith(`${model}-`) && name.endsWith('.tables') && join(dir, name) !== kept)
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEEP - 1)) unlinkSync(old.path);
}
