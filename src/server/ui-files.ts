import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built web UI (npm run build writes it): dist/ui beside dist/server (or, run from src/ by tsx, the project's dist/ui). */
export const UI_DIR =
  [join(here, '..', 'ui'), join(here, '..', '..', 'dist', 'ui')].find((dir) => existsSync(join(dir, 'app.js'))) ?? join(here, '..', 'ui');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface UiFile {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly type: string;
  readonly etag: string;
}

/** The UI's files, read once into memory (a few tens of KiB), by URL path. */
export function loadUiFiles(dir = UI_DIR): Map<string, UiFile> {
  const files = new Map<string, UiFile>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = new Uint8Array(readFileSync(join(dir, name)));
    files.set(`/${name}`, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
  }
  return files;
}
