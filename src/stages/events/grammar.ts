import type { Token } from '../../doc/layers.js';

/** TimeML's grammatical attributes of an event instance, as the verb group shows them. */
export interface EventGrammar {
  readonly tense: 'PAST' | 'PRESENT' | 'FUTURE' | 'INFINITIVE' | 'PRESPART' | 'PASTPART' | 'NONE';
  readonly aspect: 'PROGRESSIVE' | 'PERFECTIVE' | 'PERFECTIVE_PROGRESSIVE' | 'NONE';
  readonly polarity: 'POS' | 'NEG';
  /** The modal word ("would", "could"), as TimeBank writes it; absent when none. */
  readonly modality?: string;
}

const MODALS = new Set(['may', 'might', 'could', 'can', 'should', 'must', 'would', 'ca', 'ought', 'will', 'shall', 'wo', "'ll", '’ll']);
const FUTURE = new Set(['will', 'shall', 'wo', "'ll", '’ll']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never', 'no']);
const HAVE = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d', 'having']);
const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", '’s', "'re", '’re', "'m", '’m', "'ve", '’ve']);

function isPastForm(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (w === t.lemma || w.endsWith('ing')) return false;
  return !(w === `${t.lemma}s` || w === `${t.lemma}es` || (w.endsWith('ies') && t.lemma.endsWith('y')));
}

/**
 * Tense, aspect, polarity and modality of the trigger at `i`, read from the auxiliaries,
 * negation and modals just before it in its sentence ("will not be sending": FUTURE,
 * PROGRESSIVE, NEG, modality "will"). Nouns and adjectives get NONE unless a verb group
 * governs them ("was not a success" gives NEG).
 */
export function grammarOf(tokens: readonly Token[], i: number, sentenceStart: number): EventGrammar {
  const head = tokens[i] as Token;
  const w = head.text.toLowerCase();
  let polarity: EventGrammar['polarity'] = 'POS';
  let modality: string | undefined;
  let have = false;
  let be = false;
  let beAsProgressive = false;
  let tenseAux: 'PAST' | 'PRESENT' | 'FUTURE' | null = null;
  let infinitive = false;
  // the verb group: auxiliaries, negation and adverbs just before the trigger
  for (let j = i - 1; j >= sentenceStart && j >= i - 5; j--) {
    const t = tokens[j] as Token;
    const a = t.text.toLowerCase();
    if (NEGATION.has(a)) polarity = 'NEG';
    else if (FUTURE.has(a)) {
      tenseAux ??= 'FUTURE';
      modality ??= a === 'wo' ? 'will' : a.replace(/^['’]/, '') === 'll' ? 'will' : a;
    } else if (MODALS.has(a)) {
      modality ??= a === 'ca' ? 'can' : a;
      tenseAux ??= 'PRESENT';
    } else if (HAVE.has(a)) {
      have = true;
      if (PAST_AUX.has(a)) tenseAux ??= 'PAST';
      else if (PRESENT_AUX.has(a)) tenseAux ??= 'PRESENT';
    } else if (BE.has(a)) {
      be = true;
      if (j === i - 1 || (tokens[j + 1] as Token).pos === 'ADV' || NEGATION.has((tokens[j + 1] as Token).text.toLowerCase()))
        beAsProgressive = w.endsWith('ing');
      if (PAST_AUX.has(a)) tenseAux ??= 'PAST';
      else if (PRESENT_AUX.has(a)) tenseAux ??= 'PRESENT';
    } else if (a === 'did' || a === 'does' || a === 'do') tenseAux ??= a === 'did' ? 'PAST' : 'PRESENT';
    else if (a === 'to' && t.pos === 'PART') {
      infinitive = true;
      break;
    } else if (t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  const verbal = head.pos === 'VERB' || head.pos === 'AUX';
  const aspect: EventGrammar['aspect'] =
    verbal && have && beAsProgressive
      ? 'PERFECTIVE_PROGRESSIVE'
      : verbal && have
        ? 'PERFECTIVE'
        : verbal && beAsProgressive
          ? 'PROGRESSIVE'
          : 'NONE';
  let tense: EventGrammar['tense'];
  if (infinitive && tenseAux === null) tense = verbal ? 'INFINITIVE' : 'NONE';
  else if (tenseAux !== null) tense = tenseAux;
  else if (!verbal) tense = 'NONE';
  else if (w.endsWith('ing')) tense = be ? 'PRESENT' : 'PRESPART';
  else if (isPastForm(head)) tense = 'PAST';
  else tense = 'PRESENT';
  return modality === undefined ? { tense, aspect, polarity } : { tense, aspect, polarity, modality };
}
