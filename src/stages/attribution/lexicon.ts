/**
 * Cue lexicon: lemmas of verbs and nouns that introduce reported speech, thought and
 * reports (PolNeAR counts internal states: "believe", "think", "voice concern"). Used as
 * features for the learned tagger and by the rules.
 */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  (
    'say tell report claim confirm insist add state announce argue explain note write warn suggest accuse ' +
    'acknowledge admit allege assert ask believe think call cite comment complain concede contend declare decry ' +
    'deny describe disclose dismiss emphasize estimate expect feel find hope indicate inform know learn maintain ' +
    'mention predict promise propose recall reiterate remark reply respond reveal show signal speak stress testify ' +
    'tweet post urge vow want wonder worry fear agree blame boast charge criticize criticise defend demand question ' +
    'threaten voice pledge pledged predict recommend observe point quote shout yell joke conclude consider doubt ' +
    'guess imply mean praise condemn slam blast attack mock insist assure caution continue echo lament muse predict ' +
    'proclaim rule seem sound support oppose understand view see read show poll survey'
  ).split(' '),
);

export const CUE_NOUNS: ReadonlySet<string> = new Set(
  (
    'statement report interview concern claim view belief opinion remark comment speech testimony tweet post letter ' +
    'announcement accusation allegation poll survey argument criticism warning message suggestion assessment ' +
    'analysis'
  ).split(' '),
);

/** Words that make "according to", "citing" style cues. */
export const CUE_MARKERS: ReadonlySet<string> = new Set(['according', 'citing', 'cited', 'per', 'quoted', 'quoting']);

export const PRONOUNS: ReadonlySet<string> = new Set(
  'he she they we i you it him her them us me his hers their its our my your'.split(' '),
);

/** Relative pronouns: "Okafor, who heads …", "the comments, which seemed …". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'whose']);

export function isCueLemma(lemma: string): boolean {
  return CUE_VERBS.has(lemma) || CUE_NOUNS.has(lemma) || CUE_MARKERS.has(lemma);
}
