import { describe, expect, it } from 'vitest';
import { contractType } from '../src/stages/entities/entity-type.js';

// Names only (general knowledge), no corpus text.
describe('a well-known organisation the tagger calls PER is an ORG', () => {
  it.each([
    ['Twitter', 'ORG'],
    ['Facebook', 'ORG'],
    ['Gallup', 'ORG'],
    ['WikiLeaks', 'ORG'],
    // negatives: people stay people, also where a company bears a surname
    ['Teresa Okafor', 'PERSON'],
    ['Ford', 'PERSON'],
    ['Twitter Smith', 'PERSON'],
  ])('%s → %s', (name, type) => {
    expect(contractType('PER', name).type).toBe(type);
  });
  it('negative: other tags are left to their own rules', () => {
    expect(contractType('ORG', 'Twitter').type).toBe('ORG');
    expect(contractType('LOC', 'Amazon').type).not.toBe('PERSON');
  });
});
