import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { readTimeml } from '../src/eval/timex/timeml.js';

/** Problems in what a user gives are DatelineErrors with a code from the catalogue, not bare Errors. */
describe('input problems carry a code and say what to do', () => {
  it.each([
    ['a folder that is not a brat split', () => readBratSplit(tmpdir()), 'E_READ', /text\/ and attributions\/.*give a brat split folder/],
    ['a file that is not TimeML', () => readTimeml('notes', '<doc>no text element</doc>'), 'E_READ', /no TEXT element; is it a TimeML/],
    [
      'a layer read before any stage set it',
      () => new Doc({ id: 'd', date: null, text: 'x', meta: {} }).get('tokens'),
      'E_PIPELINE',
      /layer 'tokens' is not set.*add a stage that provides it/,
    ],
  ])('%s: %s', (_case, call, code, message) => {
    expect(call).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it.each([['a TimeML file with its TEXT element', () => readTimeml('ok', '<TimeML><TEXT>On Monday.</TEXT></TimeML>')]])(
    'no error for %s',
    (_case, call) => {
      expect(call).not.toThrow();
    },
  );
});
