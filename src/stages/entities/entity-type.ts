import type { EntityType } from '../../doc/layers.js';
import { countryNames } from './lexicon/countries.js';
import { ORGANISATION_NAMES } from './lexicon/organisations.js';
import { CONTINENTS, DEMONYMS, LOC_HEADS, ORG_HEADS } from './lexicon/words.js';
import type { NerSpan } from './ner-spans.js';

/** Bodies CoNLL-style tagging often calls MISC (hand-written). */
const KNOWN_ORGS = new Set(
  'g-7 g7 g-8 g8 g-20 g20 nato opec opec+ brics asean mercosur un u.n. eu e.u. imf who wto interpol unesco unicef unhcr'.split(' '),
);

const NATIONALITY_SUFFIX = /(?:ans?|ians?|eses?|ish|is|ics?)$/;

/**
 * The contract type of a name the NER model typed in CoNLL terms: PER → PERSON (a well-known
 * organisation's name → ORG: "Twitter", "Gallup"), ORG → ORG;
 * LOC → GPE for countries, cities, states (anything not a natural feature or a continent),
 * else LOC; MISC → NORP for nationalities and groups ("Mexican", "Democrats"), else OTHER.
 */
export function contractType(type: NerSpan['type'], name: string): { type: EntityType; rule: string } {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && LOC_HEADS.has(last) && type !== 'LOC') return { type: 'LOC', rule: `ner/${type}+natural-feature-head` };
  if (words.length > 1 && ORG_HEADS.has(last) && type === 'PER') return { type: 'ORG', rule: 'ner/PER+organisation-head' };
  switch (type) {
    case 'PER':
      if (ORGANISATION_NAMES.has(lower)) return { type: 'ORG', rule: 'ner/PER+organisation-list' };
      return { type: 'PERSON', rule: 'ner/PER' };
    case 'ORG':
      return { type: 'ORG', rule: 'ner/ORG' };
    case 'LOC': {
      const { countries, capitals } = countryNames();
      if (countries.has(lower)) return { type: 'GPE', rule: 'ner/LOC+gazetteer-country' };
      if (capitals.has(lower)) return { type: 'GPE', rule: 'ner/LOC+gazetteer-capital' };
      if (CONTINENTS.has(lower) || words.some((w) => LOC_HEADS.has(w))) return { type: 'LOC', rule: 'ner/LOC+natural-feature' };
      return { type: 'GPE', rule: 'ner/LOC' };
    }
    case 'MISC': {
      if (KNOWN_ORGS.has(lower)) return { type: 'ORG', rule: 'ner/MISC+org-list' };
      const single = !lower.includes(' ');
      if (DEMONYMS.has(lower) || (single && NATIONALITY_SUFFIX.test(lower))) return { type: 'NORP', rule: 'ner/MISC+nationality' };
      return { type: 'OTHER', rule: 'ner/MISC' };
    }
  }
}
