/** TimeML event classes (TimeML 1.2, as TimeBank and TempEval-3 annotate them). */
export const EVENT_CLASSES = ['OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** The tagger's labels: O (no event) or the class of a one-token trigger. */
export const EVENT_LABELS: readonly string[] = ['O', ...EVENT_CLASSES];

/** Parts of speech a trigger can have; other tokens are O without scoring. */
export const CANDIDATE_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'AUX', 'PROPN', 'ADV', 'NUM', 'ADP', 'X']);

const LETTER = /\p{L}/u;

/** Whether a token may be a trigger at all (others are O without features or scoring). */
export function isCandidate(t: { readonly pos: string; readonly text: string }): boolean {
  return CANDIDATE_POS.has(t.pos) && LETTER.test(t.text);
}

export function isEventClass(s: string): s is EventClass {
  return (EVENT_CLASSES as readonly string[]).includes(s);
}
