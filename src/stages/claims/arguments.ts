import type { Entity, Token } from '../../doc/layers.js';
import { tokenAtOrAfter } from '../entities/token-index.js';
import type { ClaimArgument } from './claim.js';
import { FRAME_STOP } from './lexicon.js';
import { frameKeys, type Synonyms } from './synonyms.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The entity whose mention covers [start, end), if any. */
export function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  for (const e of entities) for (const m of e.mentions) if (m.start <= start && end <= m.end) return e;
  return undefined;
}

/** Per token, what `entityAt` answers for its span (built once per document, see coverOf). */
interface TokenCover {
  readonly tokens: readonly Token[];
  readonly count: number;
  readonly at: (Entity | undefined)[];
}

const covers = new WeakMap<readonly Entity[], TokenCover>();

/**
 * `entityAt` for every token at once, by walking each mention's tokens (linear in the
 * mentions' length) instead of every mention for every token (quadratic in the document's
 * length). The first entity in order wins, as in `entityAt`.
 */
export function coverOf(tokens: readonly Token[], entities: readonly Entity[]): readonly (Entity | undefined)[] {
  // a document's layers are not changed once set: the same arrays mean the same answer
  const count = entities.length;
  const hit = covers.get(entities);
  if (hit && hit.tokens === tokens && hit.count === count) return hit.at;
  const at: (Entity | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const e of entities) {
    for (const m of e.mentions) {
      let i = tokenAtOrAfter(tokens, m.start);
      while (i > 0 && (tokens[i - 1] as Token).end >= m.start) i--;
      for (; i < tokens.length && (tokens[i] as Token).start <= m.end; i++) {
        const t = tokens[i] as Token;
        if (at[i] === undefined && m.start <= t.start && t.end <= m.end) at[i] = e;
      }
    }
  }
  covers.set(entities, { tokens, count, at });
  return at;
}

/**
 * The predicate's arguments: each entity mentioned in the content (by id, once), and each
 * noun phrase outside them as its lemmas ("detailed planning" → "detailed planning").
 * Rule `claims/arguments`.
 */
export function readArguments(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  entities: readonly Entity[],
): ClaimArgument[] {
  const out: ClaimArgument[] = [];
  const seen = new Set<string>();
  const cover = coverOf(tokens, entities);
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    const entity = cover[i];
    if (entity) {
      let j = i + 1;
      while (j < to && cover[j] === entity) j++;
      if (!seen.has(entity.id)) {
        seen.add(entity.id);
        const end = (tokens[j - 1] as Token).end;
        out.push({
          entity: entity.id,
          key: entityKey(entity),
          text: text.slice(t.start, end),
          norm: entity.name.toLowerCase(),
          start: t.start,
          end,
        });
      }
      i = j;
      continue;
    }
    if (NP_POS.has(t.pos) && t.pos !== 'NUM') {
      let j = i;
      while (j < to && NP_POS.has((tokens[j] as Token).pos) && !cover[j]) j++;
      const words = tokens.slice(i, j).filter((w) => !FRAME_STOP.has(w.lemma));
      if (words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) {
        const end = (tokens[j - 1] as Token).end;
        out.push({
          entity: null,
          key: null,
          text: text.slice(t.start, end),
          norm: words.map((w) => w.lemma.toLowerCase()).join(' '),
          start: t.start,
          end,
        });
      }
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The key of an entity that holds across documents: `@` and its canonical name, lower-cased; a
 * person's by the last word of the name ("Hillary Rodham Clinton" and "Clinton" meet). Rule
 * `claims/entity-key`.
 */
export function entityKey(entity: Pick<Entity, 'name' | 'type'>): string {
  const name = entity.name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .trim();
  if (entity.type !== 'PERSON') return `@${name}`;
  const words = name.split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii)\.?$/.test(w));
  return `@${words[words.length - 1] ?? name}`;
}

/**
 * The content's words as frame keys: an entity's key (`entityKey`) for words inside a mention,
 * else the lemma and its WordNet keys. Function words and reporting verbs are left out.
 */
export function contentKeys(
  tokens: readonly Token[],
  from: number,
  to: number,
  entities: readonly Entity[],
  synonyms: Synonyms,
): string[][] {
  const out: string[][] = [];
  const cover = coverOf(tokens, entities);
  let lastEntity: string | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!CONTENT_POS.has(t.pos)) continue;
    const entity = cover[i];
    if (entity) {
      if (entity.id !== lastEntity) out.push([entityKey(entity)]);
      lastEntity = entity.id;
      continue;
    }
    lastEntity = null;
    const lemma = t.lemma.toLowerCase();
    if (FRAME_STOP.has(lemma) || lemma.length < 2 || /^\W+$/.test(lemma)) continue;
    out.push(t.pos === 'NUM' ? [lemma] : frameKeys(synonyms, lemma));
  }
  return out;
}
