import { Doc } from '../src/doc/doc.js';
import type { Token } from '../src/doc/layers.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import type { ResolvedEntity } from '../src/stages/entities/build-entities.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

let pipeline: Pipeline | undefined;

/** Runs tokens → entities over `text`. */
export function analyse(text: string): Doc {
  pipeline ??= Pipeline.build([createTokensStage(), createEntitiesStage()]);
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  pipeline.run(doc);
  return doc;
}

export function entities(doc: Doc): ResolvedEntity[] {
  return doc.get('entities') as ResolvedEntity[];
}

/** The entity having a mention with exactly this text. */
export function entityMentioning(doc: Doc, text: string): ResolvedEntity | undefined {
  return entities(doc).find((e) => e.mentions.some((m) => m.text === text));
}

/** Tokens built by hand from `word/POS` pairs, one sentence. */
export function taggedTokens(tagged: string): Token[] {
  let at = 0;
  return tagged.split(' ').map((w) => {
    const [text, pos] = w.split('/') as [string, string];
    const t = { text, pos, start: at, end: at + text.length, sentence: 0 } as unknown as Token;
    at += text.length + 1;
    return t;
  });
}
