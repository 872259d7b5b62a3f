import type { FixtureSpec } from './fixtures.js';

/** Invented articles for the store tests (no corpus text). */
export const NEWS: Record<string, FixtureSpec> = {
  senate: {
    id: 'senate',
    date: '2025-01-15',
    text: 'Senator Rubio said the vote would come soon. The chamber adjourned.',
    entities: [['Rubio', 'PERSON', ['Rubio'], ['Senator']]],
    quotes: [['the vote would come soon', 'Rubio', null]],
    outlet: 'Valley Ledger',
  },
  geneva: {
    id: 'geneva',
    date: '2025-02-01',
    text: 'Marco Rubio said the talks in Geneva were going well. Rubio met Anna Petrova on Monday.',
    entities: [
      // the role "Senator" shared with the first article's lone "Rubio" is what joins them (a last name alone does not)
      ['Marco Rubio', 'PERSON', ['Marco Rubio', 'Rubio'], ['Secretary of State', 'Senator']],
      ['Geneva', 'GPE', ['Geneva']],
      ['Anna Petrova', 'PERSON', ['Anna Petrova']],
    ],
    quotes: [['the talks in Geneva were going well', 'Marco Rubio', null]],
    timexes: [['Monday', '2025-01-27']],
    events: [['met', '2025-01-27', ['Marco Rubio', 'Anna Petrova']]],
    outlet: 'Harbor Post',
    extras: true,
  },
  helpful: {
    id: 'helpful',
    date: '2025-02-03',
    text: 'Rubio said Petrova had been helpful. Officials in Geneva said nothing new.',
    entities: [
      ['Rubio', 'PERSON', ['Rubio']],
      ['Petrova', 'PERSON', ['Petrova']],
      ['Geneva', 'GPE', ['Geneva']],
    ],
    quotes: [
      ['Petrova had been helpful', 'Rubio', '2025-02-02'],
      ['nothing new', null, null],
    ],
    outlet: 'Harbor Post',
  },
};
