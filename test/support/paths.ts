import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared` beside the checkout: corpora for tests that need them (never copied in). */
export const SHARED = join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const SEED = join(CORPUS, 'seed', '000_55c9251e3f2fe33f.txt');
export const SEED_GOLD = join(CORPUS, 'seed', '000_55c9251e3f2fe33f.gold.json');
export const hasCorpus = existsSync(SEED);
/** The built CLI (`npm test` builds first). */
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
