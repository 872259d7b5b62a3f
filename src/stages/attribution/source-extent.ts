import type { Token } from '../../doc/layers.js';
import { isDateToken } from './cue-extent.js';
import { RELATIVE_PRONOUNS } from './lexicon.js';
import { beforeName, holds, type LinkedSpans } from './linked-spans.js';
import { bracketBefore, insideBracket, JOINT, wholeWords } from './source-bounds.js';

/** Parts of speech that may open a noun phrase before its head: "The", "four", "former", "U.S.". */
const NP_LEFT = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN']);
/** What may follow a cut-short source up to its cue: the rest of a noun phrase with its prepositional phrases. */
const NP_RIGHT = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'ADP', 'PART']);
const POSSESSIVE = /^['’]s$/;
const MAX_RIGHT = 8;

/**
 * PolNeAR sources are whole noun phrases. A source the tagger cut short ("mayor" for "The
 * mayor") is extended leftwards over determiners, numbers, adjectives and nouns in its
 * sentence, stopping at anything already part of the attribution.
 */
export function extendSources(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((found) => {
    const nouns = reportNounCue(tokens, found);
    const l = insideBracket(tokens, found.source || nouns !== found ? nouns : withSubject(tokens, found));
    if (!l.source) return l;
    let a = l.source.tokenStart;
    const sentence = (tokens[a] as Token).sentence;
    const pronoun = (tokens[a] as Token).pos === 'PRON';
    while (a > 0 && !pronoun) {
      const t = tokens[a - 1] as Token;
      if (t.sentence !== sentence) break;
      // "secretary of state", "current and former officials": of/and inside the phrase
      const inner = (t.text === 'of' || t.pos === 'CCONJ') && a > 1 && NP_LEFT.has((tokens[a - 2] as Token).pos);
      if (!NP_LEFT.has(t.pos) && !inner) break;
      // a determiner opens the phrase: "centers| The S.E.C."
      if ((tokens[a] as Token).pos === 'DET' && t.pos !== 'DET') break;
      if (holds(l.content, a - 1) || holds(l.cue, a - 1)) break;
      a--;
    }
    // "Rival Hillary| Clinton said", "The city| of Phoenix said": a gap of name-phrase words up to the cue joins the source
    let b = l.source.tokenEnd;
    // "Sen. Ana Ortiz| (D-N.M.) said": a bracketed label between the name and its cue is the source's
    if (l.cue && l.cue.tokenStart > b && bracketBefore(tokens, l.cue.tokenStart) === b && (tokens[b - 1] as Token).pos === 'PROPN')
      b = l.cue.tokenStart;
    if (l.cue && l.cue.tokenStart > b && l.cue.tokenStart - b <= MAX_RIGHT) {
      let ok = true;
      for (let i = b; i < l.cue.tokenStart; i++)
        if (!NP_RIGHT.has((tokens[i] as Token).pos) && !POSSESSIVE.test((tokens[i] as Token).text)) ok = false;
      // the gap must end in a noun: "A new| ad from Donald Trump’s presidential campaign said"
      const lastPos = (tokens[l.cue.tokenStart - 1] as Token).pos;
      if (ok && (lastPos === 'NOUN' || lastPos === 'PROPN')) b = l.cue.tokenStart;
      // "Mayor Elena Sorvino, who had backed the project| since her 2024 campaign, said": a
      // relative clause opened in the source runs to the comma before the cue
      else if (relativeClause(tokens, a, b) && closedByComma(tokens, b, l.cue.tokenStart)) b = l.cue.tokenStart;
    }
    // a source after its cue ("according to the finance| ministry") runs to the end of its noun phrase
    if (l.cue && l.source.tokenStart >= l.cue.tokenEnd) {
      while (b < tokens.length && (tokens[b] as Token).sentence === sentence && !holds(l.content, b)) {
        const t = tokens[b] as Token;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') b++;
        else break;
      }
    }
    // "Hillary| Clinton", "The| article": a name or noun right after the source's last word continues it
    const inOther = (i: number): boolean => holds(l.content, i) || holds(l.cue, i);
    [a, b] = wholeWords(tokens, a, b, l);
    while (b < tokens.length && (tokens[b] as Token).sentence === sentence && !inOther(b)) {
      const next = tokens[b] as Token;
      // the end of a hyphenated compound modifies what follows: "self-described| socialist"
      const compound = b >= 2 && JOINT.test((tokens[b - 2] as Token).text);
      const last = compound ? { ...(tokens[b - 1] as Token), pos: 'ADJ' } : (tokens[b - 1] as Token);
      const continues =
        (next.pos === 'PROPN' && (last.pos === 'PROPN' || last.pos === 'DET' || last.pos === 'ADJ' || last.pos === 'NOUN')) ||
        (next.pos === 'NOUN' && (last.pos === 'DET' || last.pos === 'ADJ' || last.pos === 'NOUN' || last.pos === 'PROPN'));
      if (!continues) break;
      b++;
    }
    // a comma closing the source is the sentence's, unless the source is an apposition ("The chairman, Phil Lovas,")
    if (b - a > 1 && (tokens[b - 1] as Token).text === ',') {
      let commas = 0;
      for (let i = a; i < b - 1; i++) if ((tokens[i] as Token).text === ',') commas++;
      if (commas === 0) b--;
    }
    // "David Axelrod on Wednesday", "federal prosecutors in April": the time is the cue's, not the source's
    if (
      b - a > 2 &&
      /^(on|in|last|this)$/i.test((tokens[b - 2] as Token).text) &&
      isDateToken(tokens[b - 1] as Token) &&
      (tokens[b - 1] as Token).text !== ','
    )
      b -= 2;
    // "Sixty-|six percent", "the self|-described": a source never starts or ends inside a word
    [a, b] = wholeWords(tokens, a, b, l);
    if (a === l.source.tokenStart && b === l.source.tokenEnd) return l;
    return { ...l, source: { ...l.source, tokenStart: a, tokenEnd: b } };
  });
}

/** `[a, b)` holds ", who" / ", which": a relative clause that opens inside the source. */
function relativeClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++)
    if (RELATIVE_PRONOUNS.has((tokens[i] as Token).text.toLowerCase()) && (tokens[i - 1] as Token).text === ',') return true;
  return false;
}

/** `[b, cue)` is words and then one comma, right before the cue. */
function closedByComma(tokens: readonly Token[], b: number, cue: number): boolean {
  if (cue - b < 2 || (tokens[cue - 1] as Token).text !== ',') return false;
  for (let i = b; i < cue - 1; i++) if ((tokens[i] as Token).pos === 'PUNCT') return false;
  return true;
}

const SUBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);

/** A cue the tagger left without a source: the noun or pronoun right before it is its subject ("The secretary voiced…"). */
function withSubject(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  if (!l.cue || l.cue.tokenStart === 0) return l;
  // "Rep. Ana Ortiz (D-N.M.) said": the name before a bracketed label is the subject, the label part of the source
  const open = bracketBefore(tokens, l.cue.tokenStart);
  const end = l.cue.tokenStart;
  const i = open > 0 ? open - 1 : l.cue.tokenStart - 1;
  const t = tokens[i] as Token;
  if (open > 0 && t.pos !== 'PROPN') return l;
  if (!SUBJECT_HEAD.has(t.pos) || t.sentence !== (tokens[l.cue.tokenStart] as Token).sentence) return l;
  if (holds(l.content, i)) return carveSource(tokens, l);
  if (t.pos === 'PRON' && !/^(he|she|they|we|i|you|it)$/i.test(t.text)) return l;
  if (!activeClause(tokens, i, l.cue)) return l;
  return { ...l, source: { kind: 'S', tokenStart: i, tokenEnd: open > 0 ? end : i + 1 }, rule: `${l.rule}+subject` };
}

const NOT_SPEECH = new Set(['seem', 'appear', 'label', 'title', 'name']);

/**
 * Whether the word before a cue is the subject of an active speech clause: not the object of a
 * preposition or verb ("in a box labeled", "representing flight attendants endorsed"), not
 * before an infinitive or a passive ("to discuss", "was booed", "has been criticized"), nor a
 * noun a participle modifies ("tweets criticizing"), nor a verb of seeming.
 */
function activeClause(tokens: readonly Token[], subject: number, cue: { tokenStart: number; tokenEnd: number }): boolean {
  let k = subject - 1;
  while (k >= 0 && (tokens[k] as Token).pos === 'DET') k--;
  const before = tokens[k];
  if (before && before.sentence === (tokens[subject] as Token).sentence && (before.pos === 'ADP' || before.pos === 'VERB')) return false;
  const first = tokens[cue.tokenStart] as Token;
  if (first.pos === 'PART' || NOT_SPEECH.has(first.lemma)) return false;
  if ((tokens[subject] as Token).pos === 'NOUN' && first.pos === 'VERB' && /ing$/i.test(first.text)) return false;
  for (let j = cue.tokenStart; j + 1 < cue.tokenEnd; j++) {
    const next = tokens[j + 1] as Token;
    if ((tokens[j] as Token).lemma === 'be' && next.pos === 'VERB' && !/ing$/i.test(next.text)) return false;
  }
  return true;
}

/** "…, Harbor Commissioner Dana Ortiz said": a content run into the name before its cue gives the name back as the source. */
function carveSource(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  if (!l.cue || l.content.tokenEnd !== l.cue.tokenStart) return l;
  const last = l.cue.tokenStart - 1;
  const k = beforeName(tokens, l.content.tokenStart, last);
  if ((tokens[k] as Token).text !== ',' || last - k > 8 || k === last) return l;
  return {
    ...l,
    content: { ...l.content, tokenEnd: k },
    source: { kind: 'S', tokenStart: k + 1, tokenEnd: last + 1 },
    rule: `${l.rule}+subject`,
  };
}

const REPORT_NOUNS = new Set('report story article study survey poll analysis statement memo letter document'.split(' '));

/**
 * "a [recent report]cue that …": a cue of nouns headed by a report noun, after a bare
 * determiner (tagged as the source or not), is the source itself, with no cue word: PolNeAR
 * makes the report the source ("a new poll that …", "the memo that …").
 */
function reportNounCue(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  if (!l.cue) return l;
  for (let i = l.cue.tokenStart; i < l.cue.tokenEnd; i++) {
    const pos = (tokens[i] as Token).pos;
    if (pos !== 'NOUN' && pos !== 'ADJ') return l;
  }
  if (!REPORT_NOUNS.has((tokens[l.cue.tokenEnd - 1] as Token).lemma)) return l;
  const before = tokens[l.cue.tokenStart - 1];
  const determiner =
    !l.source && before?.pos === 'DET' && before.sentence === (tokens[l.cue.tokenStart] as Token).sentence
      ? { kind: 'S', tokenStart: l.cue.tokenStart - 1, tokenEnd: l.cue.tokenStart }
      : l.source;
  if (!determiner || determiner.tokenEnd !== l.cue.tokenStart) return l;
  for (let i = determiner.tokenStart; i < determiner.tokenEnd; i++) if ((tokens[i] as Token).pos !== 'DET') return l;
  return { ...l, source: { ...determiner, tokenEnd: l.cue.tokenEnd }, cue: null, rule: `${l.rule}+report-noun` };
}
