import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

const digests = new Map<string, string>();

/**
 * SHA-256 of a file's bytes, hex, read in 64 KiB pieces (no buffer of the file's size) and
 * kept for the process: read again only when the file's size or time changes. One digest of
 * each model file serves both the stages' versions (`analysis/stage-version.ts`) and the
 * start-up cache's file names (`table-cache.ts`), which hashed the same files apart.
 * A missing file is `missing` (a stage may run without its model).
 */
export function fileDigest(path: string): string {
  if (!existsSync(path)) return 'missing';
  const { size, mtimeMs } = statSync(path);
  const key = `${path}\0${size}\0${mtimeMs}`;
  let digest = digests.get(key);
  if (digest === undefined) {
    const hash = createHash('sha256');
    const piece = Buffer.allocUnsafe(1 << 16);
    const fd = openSync(path, 'r');
    try {
      for (let n = readSync(fd, piece); n > 0; n = readSync(fd, piece)) hash.update(piece.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    digest = hash.digest('hex');
    digests.set(key, digest);
  }
  return digest;
}
