import { describe, expect, it } from 'vitest';
import { featureOf } from '../src/learn/feature-keys.js';
import { KeyedTable } from '../src/learn/keyed-table.js';

// three features with two labels each, quantised with scale 10; key 0 is stored as 1
const keys = Uint32Array.from([featureOf(1, 'said'), featureOf(2, 'Paris'), 0]);
const table = new KeyedTable(keys, Int16Array.from([10, -5, 3, 7, -20, 1]), 2, 10);

/** The scores of features `ks` added to [100, 200]. */
function scoresOf(ks: readonly number[]): number[] {
  const scores = Float64Array.from([100, 200]);
  table.addAll(scores, Uint32Array.from(ks), ks.length);
  return Array.from(scores, (x) => Math.round(x * 1000) / 1000);
}

describe('learn/keyed-table: weights by 32-bit feature key', () => {
  it.each([
    ['no features', [], [100, 200]],
    ['one known feature', [featureOf(1, 'said')], [101, 199.5]],
    ['two known features', [featureOf(1, 'said'), featureOf(2, 'Paris')], [101.3, 200.2]],
    ['the same feature twice', [featureOf(2, 'Paris'), featureOf(2, 'Paris')], [100.6, 201.4]],
    ['an unknown feature (adds nothing)', [featureOf(1, 'Paris')], [100, 200]],
    ['key 0 (held as 1)', [0], [98, 200.1]],
  ])('%s', (_case, ks, expected) => {
    expect(scoresOf(ks)).toEqual(expected);
  });

  it('holds its keys and refuses weights of the wrong size', () => {
    expect(table.size).toBe(3);
    expect(() => new KeyedTable(keys, new Int16Array(5), 2, 1)).toThrow(/wrong size/);
  });

  it('scores more features than its first scratch buffer holds', () => {
    const many = Array.from({ length: 200 }, () => featureOf(1, 'said'));
    expect(scoresOf(many)).toEqual([300, 100]);
  });
});
