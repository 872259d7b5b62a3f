import type { Doc } from '../../doc/doc.js';
import { quotedAt, quotesOf } from '../../doc/quotes.js';
import { overlaps } from '../../doc/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { IntervalIndex } from '../shared/interval-index.js';
import { buildEntities } from './build-entities.js';
import { clusterNames } from './cluster.js';
import { anonymousGroups } from './groups.js';
import { genderOfFirstName } from './lexicon/first-names.js';
import type { Cluster, WorkMention } from './mention.js';
import { joinMiddleInitials } from './middle-initial.js';
import { isNameLike } from './name-like.js';
import { nameMentions } from './names.js';
import { loadNerModel, type NerModel } from './ner/model.js';
import { nerSpans } from './ner-spans.js';
import { linkRoleNominals } from './nominals.js';
import { linkOrgNominals } from './org-nominals.js';
import { isOutletName, reportsAfter } from './outlets.js';
import { cutPersonOfPlace } from './person-of-place.js';
import { linkPronouns } from './pronouns.js';
import { linkRelatives } from './relatives.js';
import { linkReportNominals } from './report-nominals.js';
import { appositions, titlesBeforeNames } from './roles.js';

export interface EntitiesOptions {
  /** A loaded NER model; the committed one by default. */
  readonly model?: NerModel;
  /** How many times more often one type must be given to a name to absorb the other (see cluster.ts; chosen by CV). */
  readonly sameNameDominance?: number;
}

/**
 * People with their roles, organisations and places, resolved within the article: the NER
 * model finds names; rules read titles and appositions, outlets and anonymous groups;
 * names, role nominals and pronouns are grouped into entities, each mention tagged with the
 * rule that linked it (the internal `mentions` layer).
 */
export function createEntitiesStage(options: EntitiesOptions = {}): Stage {
  const model = options.model ?? loadNerModel();
  return {
    name: 'entities',
    requires: ['tokens', 'sentences', 'paragraphs'],
    provides: ['entities', 'mentions'],
    run(doc: Doc) {
      const text = doc.text;
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      const sentenceOf = (tok: number): number => tokens[Math.min(tok, tokens.length - 1)]?.sentence ?? 0;
      const sentenceStart = (tok: number): number => sentences[sentenceOf(tok)]?.tokenStart ?? 0;
      const sentenceEnd = (tok: number): number => sentences[sentenceOf(tok)]?.tokenEnd ?? tokens.length;
      const isQuoted = quotedAt(tokens, quotesOf(doc).inside);

      const spans = cutPersonOfPlace(tokens, joinMiddleInitials(tokens, nerSpans(doc, model)));
      let names = nameMentions(text, tokens, spans);
      for (const m of names) {
        if (m.type !== 'ORG' && isOutletName(m.name ?? '', m.type)) {
          m.type = 'ORG';
          m.rule = 'outlet/list';
        }
      }
      names.sort((a, b) => a.start - b.start);
      names = titlesBeforeNames(text, tokens, sentenceStart, names);
      const apps = appositions(text, tokens, sentenceEnd, names);
      // a group overlapping a person's name is that person (names by index: was every name per group)
      const people = names.filter((m) => m.type === 'PERSON');
      const byPerson = new IntervalIndex(people);
      const groups = anonymousGroups(text, tokens, sentenceOf).filter(
        (g) => !byPerson.all(g.end, g.start).some((i) => overlaps(g, people[i] as WorkMention)),
      );
      for (const m of [...names, ...apps, ...groups]) m.quoted = isQuoted(m.start);

      const clusters = clusterNames(names, groups, (m) => isNameLike(tokens, m), options.sameNameDominance);
      for (const a of apps) {
        if (!a.anchor || a.anchor.cluster < 0) continue;
        a.cluster = a.anchor.cluster;
        clusters[a.cluster]!.mentions.push(a);
      }
      for (const c of clusters) describe(c, text, tokens);

      const places = new Set(
        names.filter((m) => m.type === 'GPE' || m.type === 'NORP' || m.type === 'ORG').map((m) => text.slice(m.start, m.end).toLowerCase()),
      );
      linkRoleNominals(text, tokens, sentenceEnd, sentenceOf, [...names, ...groups], clusters, places);
      const taken = new Uint8Array(tokens.length);
      for (const c of clusters) for (const m of c.mentions) for (let k = m.tokStart; k < m.tokEnd; k++) taken[k] = 1;
      linkOrgNominals(tokens, clusters, (k) => taken[k] === 1);
      linkReportNominals(tokens, clusters, (k) => taken[k] === 1);
      linkPronouns(tokens, sentenceStart, isQuoted, clusters);
      linkRelatives(tokens, clusters);

      const { entities, mentions } = buildEntities(text, tokens, clusters);
      doc.set('entities', entities);
      doc.set('mentions', mentions);
    },
  };
}

/** Roles, gender and outlet kind of a cluster from its mentions. */
function describe(c: Cluster, text: string, tokens: Parameters<typeof reportsAfter>[0]): void {
  const seen = new Set<string>();
  for (const m of [...c.mentions].sort((a, b) => a.start - b.start)) {
    if (m.role && !seen.has(m.role.toLowerCase())) {
      seen.add(m.role.toLowerCase());
      c.roles.push(m.role);
    }
    if (m.gender && c.gender === '?') c.gender = m.gender;
  }
  if (c.type === 'PERSON' && c.gender === '?' && !c.anonymous) {
    const longest = c.mentions.reduce<WorkMention | undefined>(
      (a, m) => (m.kind === 'name' && (!a || (m.name?.length ?? 0) > (a.name?.length ?? 0)) ? m : a),
      undefined,
    );
    const words = longest?.name?.split(/\s+/) ?? [];
    if (words.length > 1) c.gender = genderOfFirstName(words[0]!);
  }
  if (c.type === 'ORG' && c.mentions.some((m) => isOutletName(m.name ?? text.slice(m.start, m.end), 'ORG') || reportsAfter(tokens, m))) {
    c.kind = 'news outlet';
  }
}
