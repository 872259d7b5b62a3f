import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { emptyCounts, type Mismatch, scoreDocument, summarize, type TimexScores } from './score.js';
import type { TimexSystem } from './systems.js';
import { readTimeml } from './timeml.js';

/** Every `.tml` file under `dir`, sorted, recursively. */
export function timemlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...timemlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

export interface EvalResult {
  readonly files: number;
  readonly scores: TimexScores;
  readonly mismatches: (Mismatch & { file: string })[];
  readonly seconds: number;
}

/** Scores `system` on every TimeML file under `dir`. */
export function evaluateTimex(dir: string, system: TimexSystem): EvalResult {
  const files = timemlFiles(dir);
  const counts = emptyCounts();
  const mismatches: (Mismatch & { file: string })[] = [];
  const t0 = performance.now();
  for (const file of files) {
    const doc = readTimeml(basename(file, '.tml'), readFileSync(file, 'utf8'));
    for (const m of scoreDocument(doc.timexes, system(doc), counts)) mismatches.push({ ...m, file: doc.id });
  }
  return { files: files.length, scores: summarize(counts), mismatches, seconds: (performance.now() - t0) / 1000 };
}
