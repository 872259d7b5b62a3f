import type { Doc } from '../../doc/doc.js';
import type { Attribution, DocEvent, Sentence, Token } from '../../doc/layers.js';
import { spanOf } from '../../doc/span.js';
import type { Perceptron } from '../../learn/perceptron.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenAtOrAfter } from '../entities/token-index.js';
import { eventArguments } from './arguments.js';
import { eventContext } from './context.js';
import { datedTimexes, eventDate } from './date.js';
import { type EventFeatures, eventFeatures, insideRanges } from './features.js';
import { grammarOf } from './grammar.js';
import { EVENT_LABELS } from './labels.js';
import { loadEventsModel } from './model-file.js';
import { tagEvents } from './tagger.js';
import { newsType } from './typology.js';

/** The tagger's features for a document whose tokens, mentions and timexes are set. */
export function documentEventFeatures(doc: Doc): EventFeatures {
  const tokens = doc.get('tokens');
  const names = (doc.find('mentions') ?? []).filter((m) => m.kind === 'name');
  return eventFeatures(tokens, insideRanges(tokens, names), insideRanges(tokens, doc.find('timexes') ?? []));
}

const HARMFUL = new Set(['killing', 'attack', 'arrest', 'sanction']);

/**
 * Per token, the first attribution whose cue holds it (as `attributions.find` would answer),
 * built once per document by walking each cue's tokens (was: every attribution per event).
 */
function cuesByToken(tokens: readonly Token[], attributions: readonly Attribution[]): (Attribution | undefined)[] {
  const at: (Attribution | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const a of attributions) {
    const cue = a.cue;
    if (cue === null) continue;
    let i = tokenAtOrAfter(tokens, cue.start);
    while (i > 0 && (tokens[i - 1] as Token).end >= cue.start) i--;
    for (; i < tokens.length && (tokens[i] as Token).start <= cue.end; i++) {
      const t = tokens[i] as Token;
      if (at[i] === undefined && cue.start <= t.start && t.end <= cue.end) at[i] = a;
    }
  }
  return at;
}

/** Events from the tags of one document's tokens. */
export function buildEvents(doc: Doc, tags: Uint8Array): DocEvent[] {
  const ctx = eventContext(doc);
  const dated = datedTimexes(ctx, doc.get('timexes'));
  const attributions = doc.find('attributions') ?? [];
  const cueAt = cuesByToken(ctx.tokens, attributions);
  const events: DocEvent[] = [];
  for (const s of ctx.sentences as Sentence[]) {
    let mainTaken = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const label = tags[i] as number;
      if (label === 0) continue;
      const t = ctx.tokens[i] as Token;
      const cls = EVENT_LABELS[label] as string;
      const grammar = grammarOf(ctx.tokens, i, s.tokenStart);
      const next = [ctx.tokens[i + 1], ctx.tokens[i + 2]]
        .filter((x) => x && x.sentence === t.sentence)
        .map((x) => (x as Token).text.toLowerCase());
      const type = newsType(t.lemma, next, cls);
      const finiteVerb = t.pos === 'VERB' && (grammar.tense === 'PAST' || grammar.tense === 'PRESENT');
      const main = finiteVerb && !mainTaken;
      if (finiteVerb) mainTaken = true;
      const cue = cls === 'REPORTING' || type === 'statement' ? cueAt[i] : undefined;
      // an attribution's cue stands in the main clause even after the content ("…, the army said")
      const date = eventDate(ctx, i, dated, cue, grammar, main || (cue !== undefined && t.pos === 'VERB'));
      const args = eventArguments(ctx, i, s.tokenStart, s.tokenEnd, HARMFUL.has(type));
      const rule = ['events/perceptron-tbaq', `events/type-${type === 'other' ? 'none' : 'lexicon'}`, date.rule, ...args.rules].join(' ');
      events.push({
        id: `ev${events.length + 1}`,
        type,
        class: cls,
        trigger: spanOf(doc.text, t.start, t.end),
        date: date.value,
        place: args.place,
        participants: args.participants,
        tense: grammar.tense,
        aspect: grammar.aspect,
        polarity: grammar.polarity,
        ...(grammar.modality ? { modality: grammar.modality } : {}),
        rule,
      });
    }
  }
  return events;
}

/**
 * The `events` stage: every event trigger in the TimeML sense (an averaged perceptron trained
 * on TempEval-3 TimeBank + AQUAINT) with its class and grammar, typed in the news typology,
 * dated, placed, and with its participants as entity ids.
 */
export function createEventsStage(model: Perceptron | null = loadEventsModel()): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'entities', 'timexes'],
    provides: ['events'],
    uses: ['attributions', 'mentions'],
    run(doc: Doc) {
      if (model === null) {
        doc.set('events', []);
        return;
      }
      const tokens = doc.get('tokens');
      const tags = tagEvents(model, tokens, documentEventFeatures(doc));
      doc.set('events', buildEvents(doc, tags));
    },
  };
}
