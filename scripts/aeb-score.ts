/**
 * The Article Extraction Benchmark's body metric, written for dateline: 4-token shingles
 * (tokens are runs of word characters, case kept), counted with multiplicity; per page
 * true/false positives and false negatives normalised to sum 1; precision and recall are
 * the means over pages, F1 their harmonic mean.
 *
 *   npx tsx scripts/aeb-score.ts [DIR]                     pages DIR/*.html with DIR/*.body.txt (default: the fixtures)
 *   npx tsx scripts/aeb-score.ts --aeb ground-truth.json HTML_DIR   the benchmark's own layout (html/<id>.html[.gz])
 *   … --readability                                        Readability.js alone, for comparison
 *
 * The benchmark itself is not in this repository (no network here): on the fixture pages
 * the figure is a smoke test of the scorer and the extractor, not the benchmark's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { decodePage } from '../src/ingest/html/charset.js';
import { parsePage } from '../src/ingest/html/dom.js';
import { htmlDocument } from '../src/ingest/html.js';

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

function shingleCounts(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  const last = Math.max(1, t.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = t.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page: shingle matches of the prediction against the truth, normalised to sum 1. */
export function shingleCounts4(predicted: string, truth: string): Counts {
  const p = shingleCounts(predicted);
  const t = shingleCounts(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...p.keys(), ...t.keys()])) {
    const a = p.get(key) ?? 0;
    const b = t.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, a - b);
    fn += Math.max(0, b - a);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

const precisionOf = ({ tp, fp, fn }: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ({ tp, fp, fn }: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Corpus precision, recall (means over pages) and F1. */
export function corpusScore(pages: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** F1 of one page. */
export function shingleF1(predicted: string, truth: string): number {
  return corpusScore([shingleCounts4(predicted, truth)]).f1;
}

/** `--readability`: Readability.js alone (its text, paragraphs as it joins them), the baseline the rules add to. */
const baseline = process.argv.includes('--readability');

function extracted(id: string, bytes: Uint8Array): string {
  try {
    const html = decodePage(bytes).text;
    if (baseline) return new Readability(parsePage(html) as never).parse()?.textContent ?? '';
    return htmlDocument(id, html).text;
  } catch {
    return '';
  }
}

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== '--readability');
  const rows: { id: string; counts: Counts }[] = [];
  if (args[0] === '--aeb') {
    const truth = JSON.parse(readFileSync(args[1] ?? 'ground-truth.json', 'utf8')) as Record<string, { articleBody?: string }>;
    const dir = args[2] ?? 'html';
    for (const [id, item] of Object.entries(truth)) {
      const gz = join(dir, `${id}.html.gz`);
      const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(dir, `${id}.html`));
      rows.push({ id, counts: shingleCounts4(extracted(id, bytes), item.articleBody ?? '') });
    }
  } else {
    const dir = args[0] ?? join('test', 'fixtures', 'web', 'pages');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const truthFile = join(dir, file.replace(/\.html$/, '.body.txt'));
      if (!existsSync(truthFile)) continue;
      const text = extracted(file, readFileSync(join(dir, file)));
      rows.push({ id: basename(file), counts: shingleCounts4(text, readFileSync(truthFile, 'utf8')) });
    }
  }
  for (const r of rows) {
    const s = corpusScore([r.counts]);
    process.stdout.write(`${r.id.padEnd(28)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}\n`);
  }
  const all = corpusScore(rows.map((r) => r.counts));
  process.stdout.write(
    `${rows.length} pages: precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)}, F1 ${all.f1.toFixed(3)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
