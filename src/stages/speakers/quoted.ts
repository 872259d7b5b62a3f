import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { isPersonPronoun, knownGender, pronounGender, speakerEntity } from './gender.js';

/** A content that opens with a quotation mark. */
const QUOTED = /^["“'‘]/;

/** Characters before a quotation within which its he/she looks for the person it stands for. */
const OUTSIDE_WINDOW = 600;

/**
 * "Mr. Ostrow read the reports. “My adviser, Tal Brenner, sends me a chart,” he said.": a
 * he/she source that coreference linked to a person named only inside the quotation it
 * attributes (nowhere in the `OUTSIDE_WINDOW` characters before it) stands for the person named
 * last before the quotation who is of that gender or of none the article states
 * (`speaker/pronoun-outside-quote`): a speaker rarely names himself in the third person inside
 * his own quotation. Paraphrases are left alone ("Though Ms. X has lived here …, she said"). Undefined when no such person is known.
 */
export function outsideQuote(
  resolved: { speaker: Speaker | null },
  source: Span,
  entities: readonly Entity[],
  content: Span | undefined,
): Entity | undefined {
  // only a quotation: a paraphrase names its own speaker freely ("Though Ms. X has lived here …, she said")
  if (!content || !isPersonPronoun(source) || !QUOTED.test(content.text)) return undefined;
  const chosen = speakerEntity(resolved.speaker, entities);
  if (chosen?.type !== 'PERSON') return undefined;
  const before = Math.min(content.start, source.start);
  const inside = (m: Span): boolean => m.start >= content.start && m.end <= content.end;
  const named = chosen.mentions.filter((m) => m.end <= source.end && !isPersonPronoun(m));
  if (!named.some(inside)) return undefined;
  if (chosen.mentions.some((m) => m.end <= before && before - m.end <= OUTSIDE_WINDOW)) return undefined;
  const g = pronounGender(source.text);
  let best: Entity | undefined;
  let bestEnd = -1;
  for (const e of entities) {
    // of that gender, or of none the article states ("Asab Al-Tabchi"), never of the other
    if (e === chosen || e.type !== 'PERSON' || (knownGender(e) !== g && knownGender(e) !== '?')) continue;
    for (const m of e.mentions)
      if (m.end <= before && before - m.end <= OUTSIDE_WINDOW && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
  }
  return best;
}
