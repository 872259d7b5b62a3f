/**
 * Counts the documents whose `extract` objects differ between two JSON-lines files (matched
 * by id; only ids in both count), and in which fields. Used to check that an article's
 * analysis does not depend on the other documents of the run:
 *
 *   ls ../shared/corpus/polnear/train/text | sort | tail -420 | sed 's#^#../shared/corpus/polnear/train/text/#' > half.txt
 *   node dist/cli/main.js extract $(cat half.txt) > half.jsonl
 *   node dist/cli/main.js extract ../shared/corpus/polnear/train/text > all.jsonl
 *   npx tsx scripts/compare-extracts.ts half.jsonl all.jsonl
 */
import { readFileSync } from 'node:fs';

type Output = Record<string, unknown> & { id: string };

function load(path: string): Map<string, Output> {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => JSON.parse(l) as Output).map((o) => [o.id, o]));
}

const [left, right] = process.argv.slice(2);
if (left === undefined || right === undefined) {
  process.stderr.write('usage: tsx scripts/compare-extracts.ts A.jsonl B.jsonl\n');
  process.exit(2);
}
const a = load(left);
const b = load(right);
let common = 0;
let differing = 0;
const fields: Record<string, number> = {};
for (const [id, oa] of a) {
  const ob = b.get(id);
  if (ob === undefined) continue;
  common++;
  let differs = false;
  for (const key of new Set([...Object.keys(oa), ...Object.keys(ob)])) {
    if (key === 'meta') continue;
    if (JSON.stringify(oa[key]) !== JSON.stringify(ob[key])) {
      fields[key] = (fields[key] ?? 0) + 1;
      differs = true;
    }
  }
  if (differs) differing++;
}
process.stdout.write(`${differing} of ${common} documents differ${differing > 0 ? ` (${JSON.stringify(fields)})` : ''}\n`);
