import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';

/** Who is he, who is she: the gender pronouns, entities and speakers state. */

const MALE = /^(he|him|his|himself)$/i;
const FEMALE = /^(she|her|hers|herself)$/i;

/** 'm' / 'f' from the personal pronouns among an entity's mentions (the majority), '?' without any. */
export function entityGender(entity: Entity | undefined): 'm' | 'f' | '?' {
  if (!entity) return '?';
  // counted once per mention list (was: every mention once per attribution)
  const known = genders.get(entity.mentions);
  if (known !== undefined && known.count === entity.mentions.length) return known.gender;
  const gender = countGender(entity);
  genders.set(entity.mentions, { count: entity.mentions.length, gender });
  return gender;
}

const genders = new WeakMap<readonly Span[], { readonly count: number; readonly gender: 'm' | 'f' | '?' }>();

function countGender(entity: Entity): 'm' | 'f' | '?' {
  let m = 0;
  let f = 0;
  for (const x of entity.mentions) {
    const t = x.text.trim();
    if (MALE.test(t)) m++;
    else if (FEMALE.test(t)) f++;
  }
  return m > f ? 'm' : f > m ? 'f' : '?';
}

/** The gender a singular personal pronoun states ('?' for anything else). */
export function pronounGender(text: string): 'm' | 'f' | '?' {
  const t = text.trim();
  return MALE.test(t) ? 'm' : FEMALE.test(t) ? 'f' : '?';
}

/** The entity a speaker names, when it has one. */
export function speakerEntity(speaker: Speaker | null, entities: readonly Entity[] | undefined): Entity | undefined {
  if (!speaker?.entity || !entities) return undefined;
  return entities.find((e) => e.id === speaker.entity);
}

/** Whether the span's text is a source pronoun for one person: "he", "she". */
export function isPersonPronoun(source: Span | null): boolean {
  return source !== null && pronounGender(source.text) !== '?';
}

/** An entity's gender: what the entities stage read (title, first name, pronouns), else its pronoun mentions. */
export function knownGender(e: Entity): 'm' | 'f' | '?' {
  const g = (e as { gender?: string }).gender;
  return g === 'm' || g === 'f' ? g : entityGender(e);
}

/** The statement before, as the speaker flow sees it. */
export interface PreviousStatement {
  readonly speaker: Speaker;
  readonly paragraph: number;
  /** Where its content ends (offset): a mention after it is news since. */
  readonly end: number;
  /** Where its content starts (offset), when known: a mention inside is someone it spoke of. */
  readonly start?: number;
}
