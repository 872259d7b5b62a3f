import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SplitOnRead } from '../src/stages/claims/split-on-read.js';
import { loadSynonyms, SYNONYMS_PATH } from '../src/stages/claims/synonyms.js';

describe('claims/split-on-read: lists split when first read', () => {
  it('reads as a map of the split lists', () => {
    const m = new SplitOnRead().set('say', 'state tell').set('none', '');
    expect(m.get('say')).toEqual(['state', 'tell']);
    expect(m.get('say')).toBe(m.get('say'));
    expect(m.get('none')).toEqual([]);
    expect(m.get('other')).toBeUndefined();
    expect([m.size, m.has('none'), m.has('other')]).toEqual([2, true, false]);
    expect([...m]).toEqual([
      ['say', ['state', 'tell']],
      ['none', []],
    ]);
    expect([...m.keys()]).toEqual(['say', 'none']);
    expect([...m.values()]).toEqual([['state', 'tell'], []]);
  });

  it('the committed synonym table holds what its lines say', () => {
    const table = loadSynonyms();
    const lines = gunzipSync(readFileSync(SYNONYMS_PATH)).toString('utf8').split('\n');
    let n = 0;
    for (const line of lines) {
      const [tag, lemma, keys] = line.split('\t');
      if (!lemma || keys === undefined) continue;
      expect((tag === 'v' ? table.verbs : table.nouns).get(lemma)).toEqual(keys === '' ? [] : keys.split(' '));
      n++;
    }
    expect(table.nouns.size + table.verbs.size).toBe(n);
  });
});
