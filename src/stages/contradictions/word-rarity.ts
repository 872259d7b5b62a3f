import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const WORD_DF_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'word-df.tsv.gz');

/** Document frequencies of words over a news corpus (`npx tsx scripts/build-word-df.ts`), and how many documents. */
interface WordCounts {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

let cached: WordCounts | undefined;

/** The committed counts; none when the file is missing (every word is then as rare as can be). */
function counts(): WordCounts {
  if (cached) return cached;
  const df = new Map<string, number>();
  let documents = 1;
  if (existsSync(WORD_DF_PATH)) {
    for (const line of gunzipSync(readFileSync(WORD_DF_PATH)).toString('utf8').split('\n')) {
      const [word, n] = line.split('\t');
      if (!word || n === undefined) continue;
      if (word === '#documents') documents = Number(n);
      else df.set(word, Number(n));
    }
  }
  cached = { documents, df };
  return cached;
}

/**
 * How rare a word is: log(documents / documents holding it), a word seen in fewer than two
 * documents counting as seen in one. Surface forms are counted; a lemma is looked up as written
 * ("hold", not "held").
 */
export function rarity(word: string): number {
  const { documents, df } = counts();
  return Math.log(documents / Math.max(1, df.get(word) ?? 1));
}
