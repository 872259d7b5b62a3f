import { Doc } from '../../doc/doc.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { ResolvedEntity } from '../../stages/entities/build-entities.js';
import { conllText } from './conll-text.js';
import type { ConllDoc } from './iob-reader.js';
import { addChunks, type Chunk, NerScorer } from './span-scorer.js';

/** The CoNLL type of a `dateline/1` entity type (NORP and OTHER are CoNLL's MISC). */
export const CONLL_TYPE: Readonly<Record<string, string>> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  NORP: 'MISC',
  OTHER: 'MISC',
};

/** One missed or invented name, for reading errors by hand. */
export interface NerError {
  readonly doc: number;
  readonly kind: 'missed' | 'invented';
  readonly type: string;
  readonly text: string;
  readonly context: string;
}

/**
 * The names a pipeline run states, as CoNLL chunks: every mention of kind `name` of every
 * entity (pronouns, nominals, appositions and anonymous groups are not CoNLL names),
 * typed by CONLL_TYPE. Anonymous entities are skipped.
 */
export function predictedChunks(entities: readonly ResolvedEntity[]): Chunk[] {
  const out: Chunk[] = [];
  for (const e of entities) {
    const type = CONLL_TYPE[e.type];
    if (!type || e.anonymous) continue;
    for (const m of e.mentions) if (m.kind === 'name') out.push({ type, start: m.start, end: m.end });
  }
  return out;
}

/**
 * Runs `pipeline` on each CoNLL document's text (as `extract` reads it) and scores the
 * names it states against the gold with exact character spans — conlleval's exact
 * match, since the text joins the gold tokens with single spaces.
 */
export function scorePipeline(
  docs: readonly ConllDoc[],
  pipeline: Pipeline,
  errors?: NerError[],
): { scorer: NerScorer; tokens: number; seconds: number } {
  const scorer = new NerScorer();
  let tokens = 0;
  let seconds = 0;
  docs.forEach((d, i) => {
    const { text, gold } = conllText(d);
    const doc = new Doc({ id: `conll-${i}`, date: null, text, meta: { kind: 'plain-text' } });
    const t0 = performance.now();
    pipeline.run(doc);
    seconds += (performance.now() - t0) / 1000;
    tokens += d.sentences.reduce((n, s) => n + s.words.length, 0);
    const predicted = predictedChunks((doc.find('entities') as ResolvedEntity[] | undefined) ?? []);
    addChunks(scorer, gold, predicted);
    if (errors) collectErrors(i, text, gold, predicted, errors);
  });
  return { scorer, tokens, seconds };
}

export function collectErrors(doc: number, text: string, gold: readonly Chunk[], predicted: readonly Chunk[], out: NerError[]): void {
  const key = (c: Chunk): string => `${c.type}:${c.start}:${c.end}`;
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  const context = (c: Chunk): string =>
    `${text.slice(Math.max(0, c.start - 40), c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end, c.end + 40)}`.replaceAll(
      '\n',
      ' / ',
    );
  for (const c of gold)
    if (!p.has(key(c))) out.push({ doc, kind: 'missed', type: c.type, text: text.slice(c.start, c.end), context: context(c) });
  const seen = new Set<string>();
  for (const c of predicted) {
    const k = key(c);
    if (g.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push({ doc, kind: 'invented', type: c.type, text: text.slice(c.start, c.end), context: context(c) });
  }
}
