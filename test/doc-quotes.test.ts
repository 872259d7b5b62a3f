import { describe, expect, it } from 'vitest';
import { quoteState, quotesOf } from '../src/doc/quotes.js';
import { tokenizedDoc } from './support/attribution-tokens.js';

// Invented text.
const TEXT = 'The mayor said, "The port stays open." Nobody asked her.\n\nA second paragraph "opens a quote.';

describe('quotesOf: the one quotation layer of a document', () => {
  it('is quoteState of the tokens and paragraphs, computed once however often it is read', () => {
    const doc = tokenizedDoc(TEXT);
    const first = quotesOf(doc);
    expect(first).toEqual(quoteState(doc.get('tokens'), doc.get('paragraphs')));
    expect(quotesOf(doc)).toBe(first);
  });

  it('negative: a new paragraphs layer is not read through the old state', () => {
    const doc = tokenizedDoc(TEXT);
    const before = quotesOf(doc);
    doc.set('paragraphs', [{ start: 0, end: TEXT.length, index: 0 }]);
    const after = quotesOf(doc);
    expect(after).not.toBe(before);
    expect(after).toEqual(quoteState(doc.get('tokens'), doc.get('paragraphs')));
  });
});
