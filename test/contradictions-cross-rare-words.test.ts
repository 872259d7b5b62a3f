import { describe, expect, it } from 'vitest';
import { DEFAULT_CROSS_PARAMS, sharedRarity } from '../src/stages/contradictions/cross.js';
import { rarity } from '../src/stages/contradictions/word-rarity.js';

const bag = (...words: string[]) => ({ keys: words.map((w) => [w]) });

describe('contradictions/cross-rare-words: shared words weighed by rarity', () => {
  it('counts a common word for less than a rare one', () => {
    expect(rarity('state')).toBeLessThan(rarity('classified'));
    expect(rarity('win')).toBeLessThan(rarity('audit'));
  });

  it('sums the rarity of the content words and entities both claims name', () => {
    const common = sharedRarity(bag('win', 'state', '@clinton'), bag('win', 'enough', 'state', '@clinton'));
    const rare = sharedRarity(bag('email', 'classified', 'marking'), bag('email', 'mark', 'classified'));
    expect(common).toBeLessThan(DEFAULT_CROSS_PARAMS.rareWords ?? 0);
    expect(rare).toBeGreaterThanOrEqual(DEFAULT_CROSS_PARAMS.rareWords ?? 0);
    expect(sharedRarity(bag('@clinton'), bag('@clinton'))).toBeLessThan(1);
    expect(sharedRarity(bag('@harbor bridge', 'close'), bag('@harbor bridge', 'close'))).toBeGreaterThanOrEqual(
      DEFAULT_CROSS_PARAMS.rareWords ?? 0,
    );
  });
});
