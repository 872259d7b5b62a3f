/**
 * Time per word against the article's length: the whole pipeline on one document at growing
 * sizes, for an invented news article and for hostile texts (straight quotes, `said `, dots,
 * one long word). Every stage must be linear (or n log n), so µs/word stays flat.
 *
 *   npx tsx scripts/bench-scaling.ts                 # every kind, sizes up to 400k words / 1 MB
 *   npx tsx scripts/bench-scaling.ts --quick         # smaller sizes (a minute)
 *   npx tsx scripts/bench-scaling.ts --kind quotes   # one kind
 */
import { analyse } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import type { SourceDoc } from '../src/doc/doc.js';
import { article, repeat } from './scaling-texts.js';

interface Kind {
  readonly name: string;
  readonly sizes: readonly number[];
  readonly quick: readonly number[];
  readonly unit: 'words' | 'chars';
  readonly make: (size: number) => string;
}

const KINDS: readonly Kind[] = [
  { name: 'article', unit: 'words', sizes: [500, 5_000, 50_000, 400_000], quick: [500, 5_000, 20_000], make: article },
  { name: 'quotes', unit: 'chars', sizes: [16_384, 131_072, 1_048_576], quick: [8_192, 32_768, 131_072], make: (n) => repeat('"', n) },
  { name: 'said', unit: 'chars', sizes: [16_384, 131_072, 1_048_576], quick: [8_192, 32_768, 131_072], make: (n) => repeat('said ', n) },
  { name: 'dots', unit: 'chars', sizes: [16_384, 131_072, 1_048_576], quick: [8_192, 32_768, 131_072], make: (n) => repeat('.', n) },
  { name: 'long word', unit: 'chars', sizes: [16_384, 131_072, 1_048_576], quick: [8_192, 32_768, 131_072], make: (n) => repeat('a', n) },
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const pipeline = defaultPipeline();
// Warm up the models and the JIT on a few pages.
for (let i = 0; i < 20; i++) analyse(pipeline, { id: `warm-${i}`, date: '2026-03-06', text: article(2_000), meta: {} });

process.stdout.write('kind        size           words   cpu s   µs/word   ×first\n');
for (const kind of KINDS) {
  if (only !== undefined && kind.name !== only) continue;
  let first: number | undefined;
  const pers: number[] = [];
  for (const size of quick ? kind.quick : kind.sizes) {
    const text = kind.make(size);
    const words = text.split(/\s+/).filter((w) => w !== '').length;
    // Small texts run several times (at least ~150,000 words or 1 MiB in all) so that the
    // per-word time of a page is not one JIT-cold sample nor a few garbage collections.
    const reps = Math.max(1, Math.ceil((kind.unit === 'words' ? 150_000 : 1_048_576) / size));
    // Warm up on this very text (the JIT, the caches of this kind's paths) before timing a
    // repeated size (a long text is its own warm-up).
    if (reps > 1) analyse(pipeline, { id: `${kind.name}-${size}-warm`, date: '2026-03-06', text, meta: {} });
    let result: ReturnType<typeof analyse> | undefined;
    // Processor time of this process (user + system), not wall time: the bench stays
    // meaningful on a machine shared with other work.
    const t0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) {
      result = analyse(pipeline, { id: `${kind.name}-${size}-${r}`, date: '2026-03-06', text, meta: {} } satisfies SourceDoc);
    }
    const used = process.cpuUsage(t0);
    const seconds = (used.user + used.system) / 1e6 / reps;
    if (result !== undefined && !result.ok) process.stdout.write(`  (${result.error.code}: ${result.error.message.slice(0, 80)})\n`);
    // A text of one long word or of punctuation has few "words": per character there.
    const per = (seconds * 1e6) / (kind.unit === 'words' ? words : size);
    first ??= per;
    pers.push(per);
    process.stdout.write(
      `${kind.name.padEnd(11)} ${`${size} ${kind.unit}`.padEnd(14)} ${String(words).padStart(7)} ${seconds.toFixed(2).padStart(10)} ${per.toFixed(2).padStart(9)}${kind.unit === 'chars' ? '/ch' : '   '} ${(per / first).toFixed(2).padStart(6)}\n`,
    );
  }
  if (pers.length > 1) process.stdout.write(`${kind.name.padEnd(11)} max/min ${(Math.max(...pers) / Math.min(...pers)).toFixed(2)}\n`);
}
