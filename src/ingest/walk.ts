import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions a folder walk picks up; other files in a folder are not articles. */
export const INPUT_EXTENSIONS = ['.txt', '.jsonl', '.ndjson', '.html', '.htm'] as const;

export function isInputFile(name: string): boolean {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * The input files under `dir`, recursively, in a deterministic order: entries sorted by
 * name (code-unit order) at every level, hidden entries skipped.
 */
export async function* walkInputs(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkInputs(path);
    else if (entry.isFile() && isInputFile(entry.name)) yield path;
    // A symlinked article is read (followed once); a symlinked folder is not walked (no loops).
    else if (entry.isSymbolicLink() && isInputFile(entry.name)) {
      const target = await stat(path).catch(() => null);
      if (target === null || !target.isDirectory()) yield path;
    }
  }
}
