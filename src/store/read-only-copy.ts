import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** True when the SQLite file's header says WAL mode (bytes 18 and 19 are 2). */
export function inWalMode(file: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2;
  } finally {
    closeSync(fd);
  }
}

/**
 * A store in WAL mode in a folder this user cannot write: SQLite cannot make its `-shm`
 * file there, so not even a read can open it (`SQLITE_READONLY_DIRECTORY`). Queries are
 * answered from a copy of the file (and its `-wal`, so nothing committed is missed) in the
 * temporary folder; `remove()` deletes it. The copy is as large as the store.
 */
export function readOnlyCopy(file: string): { readonly path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));
  const path = join(dir, basename(file));
  copyFileSync(file, path);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${path}-wal`);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
