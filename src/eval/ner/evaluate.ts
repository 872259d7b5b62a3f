import type { NerModel } from '../../stages/entities/ner/model.js';
import { docContext, prepareSentence } from '../../stages/entities/ner/sentence.js';
import { TAGS } from '../../stages/entities/ner/tags.js';
import { parseConll } from './iob-reader.js';
import { NerScorer, type Prf, prf } from './span-scorer.js';

export interface NerRow extends Prf {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
}

export interface NerReport {
  /** What was scored: `model` (the tagger on CoNLL's own tokens) or `pipeline` (names `extract` states on the document text). */
  readonly scope?: 'model' | 'pipeline';
  readonly documents: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly rows: NerRow[];
  readonly tokensPerSecond: number;
}

/** Per-type rows, then the micro averages over PER/ORG/LOC and over all types. */
/** The report of a scoring run through the whole pipeline (`scope: 'pipeline'`), over `docs`. */
export function pipelineReport(
  docs: readonly { readonly sentences: readonly unknown[] }[],
  scorer: NerScorer,
  tokens: number,
  seconds: number,
): NerReport {
  return {
    scope: 'pipeline',
    documents: docs.length,
    sentences: docs.reduce((n, d) => n + d.sentences.length, 0),
    tokens,
    rows: reportRows(scorer),
    tokensPerSecond: Math.round(tokens / seconds),
  };
}

export function reportRows(scorer: NerScorer): NerRow[] {
  const types = [...scorer.byType.keys()].sort();
  const row = (s: ReturnType<NerScorer['micro']>): NerRow => ({ type: s.type, gold: s.tp + s.fn, predicted: s.tp + s.fp, ...prf(s) });
  return [...types.map((t) => row(scorer.micro([t]))), row(scorer.micro(['PER', 'ORG', 'LOC'])), row(scorer.micro())];
}

/** Tags a CoNLL-2003 file with its own tokenisation and scores exact spans. */
export function evaluateConll(text: string, model: NerModel): NerReport {
  const docs = parseConll(text);
  const scorer = new NerScorer();
  let sentences = 0;
  let tokens = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const prepared = d.sentences.map((s) => prepareSentence(s.words));
    const ctx = docContext(prepared);
    prepared.forEach((p, i) => {
      const tags = model.tag(p, ctx);
      scorer.add(
        d.sentences[i]!.tags,
        Array.from(tags, (t) => TAGS[t]!),
      );
      sentences++;
      tokens += p.words.length;
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    scope: 'model',
    documents: docs.length,
    sentences,
    tokens,
    rows: reportRows(scorer),
    tokensPerSecond: Math.round(tokens / seconds),
  };
}

/** Both scores side by side: the product (`extract`'s names) and the model alone (diagnostic). */
export function formatBoth(pipeline: NerReport, model: NerReport): string {
  const pct = (n: number | undefined): string => (n === undefined ? '      -' : n.toFixed(2).padStart(7));
  const lines = [
    `${pipeline.documents} documents, ${pipeline.sentences} sentences, ${pipeline.tokens} tokens`,
    `through extract (tokens + entities + time + attribution): ${pipeline.tokensPerSecond} tokens/s; model alone: ${model.tokensPerSecond} tokens/s`,
    `${'type'.padEnd(12)}${'gold'.padStart(7)}${'found'.padStart(7)}   precision  recall      F1   model-only F1`,
  ];
  const modelF1 = new Map(model.rows.map((r) => [r.type, r.f1]));
  for (const row of pipeline.rows) {
    lines.push(
      `${row.type.padEnd(12)}${String(row.gold).padStart(7)}${String(row.predicted).padStart(7)}   ${pct(row.precision)}  ${pct(row.recall)}  ${pct(row.f1)}        ${pct(modelF1.get(row.type))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The report as a conlleval-like table. */
export function formatReport(r: NerReport): string {
  const pct = (n: number): string => n.toFixed(2).padStart(7);
  const lines = [
    `${r.documents} documents, ${r.sentences} sentences, ${r.tokens} tokens (${r.tokensPerSecond} tokens/s)`,
    `${'type'.padEnd(12)}${'gold'.padStart(7)}${'found'.padStart(7)}   precision  recall      F1`,
  ];
  for (const row of r.rows) {
    lines.push(
      `${row.type.padEnd(12)}${String(row.gold).padStart(7)}${String(row.predicted).padStart(7)}   ${pct(row.precision)}  ${pct(row.recall)}  ${pct(row.f1)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
