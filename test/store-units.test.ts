import { describe, expect, it } from 'vitest';
import { csvLine } from '../src/cli/csv.js';
import { renderArticle } from '../src/cli/render-article.js';
import { nameKey } from '../src/store/entity-names.js';
import { EntityResolver } from '../src/store/entity-resolver.js';
import { contentHash } from '../src/store/hash.js';
import { resolveLocation } from '../src/store/location.js';
import { parseSearch, toFts5 } from '../src/store/queries/search-query.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';

describe('where the store is', () => {
  it.each([
    [undefined, {}, { dialect: 'sqlite', path: './dateline.db' }],
    [undefined, { DATELINE_DB: '/data/news.db' }, { dialect: 'sqlite', path: '/data/news.db' }],
    ['sqlite:///tmp/x.db', { DATELINE_DB: 'postgres://h/db' }, { dialect: 'sqlite', path: '/tmp/x.db' }],
    ['postgres://u:secret@h:5432/db?schema=news', {}, { dialect: 'postgres', schema: 'news', display: 'postgres://h:5432/db?schema=news' }],
    [undefined, { DATELINE_DB: 'postgresql://h/db' }, { dialect: 'postgres', schema: null }],
  ])('--db %s with env %j', (db, env, expected) => {
    expect(resolveLocation(db, env)).toMatchObject(expected);
  });

  it.each([['postgres://h/db?schema=Bad-Name'], ['postgres://[broken']])('rejects %s with E_USAGE', (db) => {
    expect(() => resolveLocation(db, {})).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('entity names and resolution', () => {
  it.each([
    ['The U.S. Senate', 'us senate'],
    ['  Marco   Rubio ', 'marco rubio'],
    ['José Núñez', 'jose nunez'],
    ["Reuters'", 'reuters'],
  ])('nameKey(%j) = %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  type Row = [string, string, string[]?, string?];
  it.each<[string, Row[], number]>([
    [
      'lone last name after the full name, same role',
      [
        ['Ngozi Okoye', 'PERSON', ['Attorney General']],
        ['Okoye', 'PERSON', ['the attorney general']],
      ],
      1,
    ],
    [
      'lone last name after the full name, no role: the last name alone is not enough',
      [
        ['Ngozi Okoye', 'PERSON'],
        ['Okoye', 'PERSON'],
      ],
      2,
    ],
    [
      'lone last name, another role (a congressman, not the attorney general)',
      [
        ['Ngozi Okoye', 'PERSON', ['attorney general']],
        ['Okoye', 'PERSON', ['Rep.']],
      ],
      2,
    ],
    [
      'full name after the lone last name, same role',
      [
        ['Okoye', 'PERSON', ['Senator']],
        ['Ngozi Okoye', 'PERSON', ['senator']],
      ],
      1,
    ],
    [
      'full name after the lone last name, no role',
      [
        ['Okoye', 'PERSON'],
        ['Ngozi Okoye', 'PERSON'],
      ],
      2,
    ],
    [
      'father and son: other first names',
      [
        ['Ron Castell', 'PERSON', ['senator']],
        ['Rand Castell', 'PERSON', ['senator']],
      ],
      2,
    ],
    [
      'same role, genders conflict',
      [
        ['Ana Okoye', 'PERSON', ['senator'], 'f'],
        ['Okoye', 'PERSON', ['senator'], 'm'],
      ],
      2,
    ],
    [
      'the same full name in two articles',
      [
        ['Ngozi Okoye', 'PERSON'],
        ['Ngozi Okoye', 'PERSON'],
      ],
      1,
    ],
    [
      'same words, other type',
      [
        ['Jordan', 'PERSON'],
        ['Jordan', 'GPE'],
      ],
      2,
    ],
    [
      'two people, one last name',
      [
        ['Ana Lopez', 'PERSON'],
        ['Carlos Lopez', 'PERSON'],
      ],
      2,
    ],
    [
      'a last name alone is no organisation alias',
      [
        ['Harbour Board', 'ORG'],
        ['Board', 'ORG'],
      ],
      2,
    ],
    [
      'case and dots do not matter',
      [
        ['U.S. Navy', 'ORG'],
        ['us navy', 'ORG'],
      ],
      1,
    ],
  ])('%s → %i entities', (_name, names, count) => {
    const resolver = new EntityResolver();
    const refs = new Set(names.map(([name, type, roles, gender]) => resolver.resolve(name, type, { roles, gender }).ref));
    expect(refs.size).toBe(count);
  });

  it('takes the longer name when a full name joins a last name', () => {
    const resolver = new EntityResolver();
    const first = resolver.resolve('Okoye', 'PERSON', { roles: ['Governor'] });
    const later = resolver.resolve('Ngozi Okoye', 'PERSON', { roles: ['governor'] });
    expect(later).toMatchObject({ rule: 'full-name-of-surname' });
    expect(first.ref.name).toBe('Ngozi Okoye');
  });
});

describe('small parts', () => {
  it.each([
    ['changes with the text', contentHash('2025-01-01', 'a'), contentHash('2025-01-01', 'b'), false],
    ['changes with the date', contentHash('2025-01-01', 'a'), contentHash('2025-01-02', 'a'), false],
    ['is stable', contentHash(null, 'a'), contentHash(null, 'a'), true],
  ])('content hash %s', (_name, a, b, same) => {
    expect(a === b).toBe(same);
  });

  it.each([
    ['harbour strike', '"harbour" AND "strike"'],
    ['"unbalanced (quotes', '"unbalanced quotes"'],
    ['***', ''],
  ])('FTS5 query of %j = %j', (text, query) => {
    expect(toFts5(parseSearch(text))).toBe(query);
  });

  it.each([
    [['a', 'b'], 'a,b'],
    [['x,y', 'say "hi"', null, 3], '"x,y","say ""hi""",,3'],
    [['line\nbreak'], '"line\nbreak"'],
  ])('csvLine(%j)', (values, line) => {
    expect(csvLine(values)).toBe(line);
  });

  it('renders an article in [brackets]{labels} without colour (issue #19 item 7), and coloured spans with it', () => {
    const doc = fixture(NEWS.geneva!).output;
    const plain = renderArticle(doc, false);
    expect(plain).toBe(
      '[Marco Rubio]{PERSON} [said]{cue} [the talks in [Geneva]{GPE} were going well]{quote}. [Rubio]{PERSON} met [Anna Petrova]{PERSON} on [Monday]{time}.',
    );
    expect(plain.replace(/\[|\]\{[^}]*\}/g, '')).toBe(doc.text);
    const coloured = renderArticle(doc, true);
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
    expect(coloured.replace(ansi, '')).toBe(doc.text);
    expect(coloured).toContain('\u001b[33mMonday\u001b[0m');
  });
});
