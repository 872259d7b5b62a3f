import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { bestEntityFor } from '../entities/lookup.js';
import { PRONOUNS } from './lexicon.js';

/** A speaker with the rule that resolved it. */
export interface ResolvedSpeaker {
  readonly speaker: Speaker | null;
  readonly rule: string;
}

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

/**
 * Resolves who is speaking: the entity whose mention overlaps the source; without one, the
 * source's words, unless they are a pronoun, in which case the previous named speaker
 * (`previous`); with no source at all, the previous speaker when the content continues a
 * quotation (`continuing`); otherwise nobody (null, never a guess).
 */
export function resolveSpeaker(
  source: Span | null,
  entities: readonly Entity[] | undefined,
  previous: Speaker | null,
  continuing: boolean,
  subjectless = false,
): ResolvedSpeaker {
  if (source === null) {
    if (continuing && previous) return { speaker: previous, rule: 'speaker/continuing-quote' };
    if (subjectless && previous) return { speaker: previous, rule: 'speaker/participle-subject' };
    return { speaker: null, rule: 'speaker/none' };
  }
  const entity = entities ? (headEntity(entities, source) ?? bestEntityFor(entities, source)) : undefined;
  if (entity) return { speaker: { entity: entity.id, name: entity.name }, rule: 'speaker/entity' };
  if (isPronoun(source.text)) {
    if (previous) return { speaker: previous, rule: 'speaker/pronoun-previous' };
    return { speaker: null, rule: 'speaker/pronoun-unresolved' };
  }
  return { speaker: { entity: null, name: source.text }, rule: 'speaker/source-text' };
}

/**
 * "Okafor, who heads the Coastal Dockworkers Union,": the phrase before the source's first
 * comma names the speaker; an organisation in the relative clause or apposition does not.
 */
function headEntity(entities: readonly Entity[], source: Span): Entity | undefined {
  const comma = source.text.indexOf(',');
  if (comma <= 0) return undefined;
  return bestEntityFor(entities, { start: source.start, end: source.start + comma });
}
