import type { Gender } from '../mention.js';

/** Third-person pronouns: the gender and number they ask of their antecedent. */
export interface PronounAgreement {
  readonly gender: Gender;
  readonly plural: boolean;
}

function entries(words: string, agreement: PronounAgreement): [string, PronounAgreement][] {
  return words.split(' ').map((w) => [w, agreement]);
}

export const PRONOUNS: ReadonlyMap<string, PronounAgreement> = new Map([
  ...entries('he him his himself', { gender: 'm', plural: false }),
  ...entries('she her hers herself', { gender: 'f', plural: false }),
  ...entries('they them their theirs themselves', { gender: '?', plural: true }),
]);

/** Titles that tell a person's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ...'mr mr. sir lord king prince congressman councilman chairman spokesman father brother monsieur señor senor don'
    .split(' ')
    .map((t) => [t, 'm' as Gender] as const),
  ...'mrs mrs. ms ms. miss lady queen princess congresswoman councilwoman chairwoman spokeswoman sister madame señora senora doña'
    .split(' ')
    .map((t) => [t, 'f' as Gender] as const),
]);

/** The possessive marks wink splits off a name ("Lopez|'s", "Jones|'"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
