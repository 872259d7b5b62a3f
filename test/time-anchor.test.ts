import { describe, expect, it } from 'vitest';
import { checkDoc } from '../src/doc/invariants.js';
import { timeDoc } from './support/time.js';

// Each timex points at the verb or noun whose date it gives, for attribution and events.
describe('time stage: anchors', () => {
  it.each([
    ['a statement', 'The minister said on Thursday that talks would resume.', 'Thursday', 'said'],
    ['an event noun', 'Police reopened the Nov. 1 murder case.', 'Nov. 1', 'murder'],
    ['a possessive date', "Friday's vote surprised nobody.", 'Friday', 'vote'],
    ['a verb after the date', 'On Monday, the court ruled against him.', 'Monday', 'ruled'],
    ['the nearer of two verbs', 'Officials said the bridge collapsed yesterday.', 'yesterday', 'collapsed'],
  ])('%s', (_name, text, timex, anchor) => {
    const doc = timeDoc(text);
    const t = doc.get('timexes').find((x) => x.text === timex);
    expect(t?.anchor).toBeDefined();
    expect(text.slice(t?.anchor?.start, t?.anchor?.end)).toBe(anchor);
    expect(checkDoc(doc)).toEqual([]);
  });

  it('has no anchor when the sentence has no verb', () => {
    const t = timeDoc('Thursday, Nov. 13.').get('timexes')[0];
    expect(t?.anchor).toBeUndefined();
  });
});
