import type { Token } from '../../doc/layers.js';
import { LastMentionBefore } from './last-mention.js';
import { POSSESSIVE_MARKS, PRONOUNS } from './lexicon/pronouns.js';
import { type Cluster, linkPronoun, type WorkMention } from './mention.js';
import { objectPosition } from './object-position.js';

const SINGULAR_WINDOW = 6;
const OBJECT_PRONOUNS = new Set(['him', 'them']);
const PLURAL_WINDOW = 2;
/** The bonus of a candidate whose mention opened the previous sentence, for a pronoun opening its own. */
const PARALLEL_SUBJECT = 8;

/** True when a mention is a possessor ("Maria Lopez's lawyer"): it opens a phrase but is not its head. */
function possessive(tokens: readonly Token[], m: WorkMention): boolean {
  const next = tokens[m.tokEnd];
  // "'s" is also "is" or "has" ("He's leaning"): the tagger tells them apart (PART against AUX)
  return next !== undefined && POSSESSIVE_MARKS.has(next.text) && next.pos === 'PART';
}

/** True when a mention stands where a subject does: followed by a verb, or opening its sentence; never after a verb or preposition (`objectPosition`). */
export function subjectLike(tokens: readonly Token[], m: WorkMention, sentenceStart: number): boolean {
  if (possessive(tokens, m)) return false; // "Maria Lopez's lawyer, Elena Ruiz, said …"
  if (m.tokStart === sentenceStart) return true;
  if (objectPosition(tokens, m.tokStart, sentenceStart)) return false;
  let k = m.tokEnd;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.text === ',') {
    // an apposition or a clause in commas: look past it
    let j = k + 1;
    while (j < tokens.length && j - k < 12 && tokens[j]!.text !== ',' && tokens[j]!.text !== '.') j++;
    const after = tokens[j + 1];
    return tokens[j]?.text === ',' && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
  }
  return next.pos === 'VERB' || next.pos === 'AUX';
}

/**
 * Third-person pronouns linked to the most recent compatible entity: he/she to a person
 * of that gender or unknown gender within six sentences (quotes run long), they/them/their (outside
 * quotations) to a group within two; subjects are preferred. A person's unknown gender is
 * learnt from the first pronoun linked to it.
 */
export function linkPronouns(
  tokens: readonly Token[],
  sentenceStartOf: (tok: number) => number,
  isQuoted: (offset: number) => boolean,
  clusters: Cluster[],
): WorkMention[] {
  const out: WorkMention[] = [];
  // the cluster whose mention opens each sentence (names first; pronouns as they are linked)
  const openerOf = new Map<number, number>();
  clusters.forEach((c, index) => {
    for (const m of c.mentions) if (sentenceStartOf(m.tokStart) === m.tokStart && !possessive(tokens, m)) openerOf.set(m.sentence, index);
  });
  const subject = new Map<WorkMention, boolean>();
  const isSubject = (m: WorkMention): boolean => {
    let s = subject.get(m);
    if (s === undefined) {
      s = subjectLike(tokens, m, sentenceStartOf(m.tokStart));
      subject.set(m, s);
    }
    return s;
  };
  // each cluster's last mention before the pronoun, read as the pass moves on (was: every
  // mention of every cluster again for each pronoun)
  const lasts = clusters.map((c) => new LastMentionBefore(c.mentions));
  const lastOf = (index: number, before: number): WorkMention | undefined => lasts[index]?.before(before);
  const linked = (index: number): void => lasts[index]?.appended((clusters[index] as Cluster).mentions.length - 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const quoted = isQuoted(t.start);
    if (lower === 'it') {
      const m = linkIt(tokens, i, quoted, clusters, lastOf);
      if (m) {
        linked(m.cluster);
        out.push(m);
      }
      continue;
    }
    const p = PRONOUNS.get(lower);
    if (!p || (t.pos !== 'PRON' && t.pos !== 'DET')) continue;
    if (p.plural && quoted) continue;
    const sentence = tokens[i]!.sentence;
    const window = p.plural ? PLURAL_WINDOW : SINGULAR_WINDOW;
    const opens = sentenceStartOf(i) === i;
    let best: { c: number; score: number; subject: boolean } | undefined;
    clusters.forEach((c, index) => {
      if (p.plural ? !(c.plural || c.type === 'ORG' || c.type === 'NORP') : c.type !== 'PERSON' || c.plural) return;
      if (!p.plural && c.gender !== '?' && c.gender !== p.gender) return;
      const last = lastOf(index, t.start);
      if (!last || sentence - last.sentence > window) return;
      // an object pronoun ("him", "them") rarely points at the subject of its own clause: recency alone
      // "Walsh, a former labor leader, had …": an apposition stands where its name does
      const subj = !OBJECT_PRONOUNS.has(lower) && isSubject(last.kind === 'apposition' && last.anchor ? last.anchor : last);
      let score = -10 * (sentence - last.sentence) + (subj ? 6 : 0) + (last.quoted && !quoted ? -4 : 0);
      // a pronoun opening its sentence continues the subject that opened the sentence before
      // (centering: "She has faced … his wife, Hillary Clinton, … the server she used. She has called …")
      if (opens && !p.plural && c.gender === p.gender && openerOf.get(sentence - 1) === index) score += PARALLEL_SUBJECT;
      if (!p.plural && c.gender === p.gender) score += 12; // a known match beats a guess one sentence nearer
      if (p.plural && c.anonymous) score += 4;
      if (p.plural && c.type === 'ORG') score -= 3;
      if (!best || score > best.score || (score === best.score && last.start > (lastOf(best.c, t.start)?.start ?? -1))) {
        best = { c: index, score, subject: subj };
      }
    });
    if (!best) continue;
    const c = clusters[best.c]!;
    const rule = p.plural ? 'pronoun/plural-recent' : best.subject ? 'pronoun/recent-subject' : 'pronoun/recent-compatible';
    if (!p.plural && c.gender === '?') c.gender = p.gender;
    out.push(linkPronoun(tokens, i, clusters, best.c, rule, quoted));
    if (opens) openerOf.set(sentence, best.c);
    linked(best.c);
  }
  return out;
}

/**
 * "it" as the subject of a verb outside quotations ("it said", "it reported"): the most
 * recent organisation within two sentences (`pronoun/it-organisation`).
 */
function linkIt(
  tokens: readonly Token[],
  i: number,
  quoted: boolean,
  clusters: Cluster[],
  lastOf: (cluster: number, before: number) => WorkMention | undefined,
): WorkMention | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (quoted || next === undefined || next.pos !== 'VERB') return undefined;
  let best: { c: number; start: number } | undefined;
  clusters.forEach((c, index) => {
    if (c.type !== 'ORG') return;
    const last = lastOf(index, t.start);
    if (!last || t.sentence - last.sentence > PLURAL_WINDOW) return;
    if (!best || last.start > best.start) best = { c: index, start: last.start };
  });
  if (!best) return undefined;
  return linkPronoun(tokens, i, clusters, best.c, 'pronoun/it-organisation', quoted);
}
