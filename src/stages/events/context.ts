import type { Doc } from '../../doc/doc.js';
import type { Entity, Sentence, Token } from '../../doc/layers.js';

/** What the event rules read of a document, indexed once: tokens, sentences, entities by token. */
export interface EventContext {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** The entity a token belongs to (any mention kind), or undefined. */
  readonly entityAt: readonly (Entity | undefined)[];
  /** First token of the mention that covers a token (for skipping a whole mention). */
  readonly mentionStart: Int32Array;
  readonly mentionEnd: Int32Array;
}

/** Indexes the mentions of the document's entities onto its tokens. */
export function eventContext(doc: Doc): EventContext {
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const entities = doc.get('entities');
  const entityAt: (Entity | undefined)[] = new Array(tokens.length).fill(undefined);
  const mentionStart = new Int32Array(tokens.length).fill(-1);
  const mentionEnd = new Int32Array(tokens.length).fill(-1);
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
  });
  for (const e of entities) {
    for (const m of e.mentions) {
      let i = byStart.get(m.start);
      if (i === undefined) continue;
      const first = i;
      while (i < tokens.length && (tokens[i] as Token).end <= m.end) i++;
      for (let k = first; k < i; k++) {
        if (entityAt[k] !== undefined) continue;
        entityAt[k] = e;
        mentionStart[k] = first;
        mentionEnd[k] = i;
      }
    }
  }
  return { doc, tokens, sentences, entityAt, mentionStart, mentionEnd };
}

/** Words that open a new clause: a search for an event's arguments or date stops there. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'while',
  'whereas',
  'when',
  'after',
  'before',
  'since',
  'but',
  'and',
  'or',
  ';',
  ':',
]);

/** True for a token that ends the clause an event stands in (punctuation other than a hyphen, or an opener). */
export function closesClause(t: Token): boolean {
  const w = t.text.toLowerCase();
  return (t.pos === 'PUNCT' && w !== '-' && w !== '’' && w !== "'") || CLAUSE_OPENERS.has(w);
}
