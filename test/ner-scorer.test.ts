import { describe, expect, it } from 'vitest';
import { parseConll } from '../src/eval/ner/iob-reader.js';
import { chunksOf, NerScorer, prf } from '../src/eval/ner/span-scorer.js';

describe('conlleval-style chunks and scores', () => {
  it.each([
    ['IOB2', ['B-PER', 'I-PER', 'O', 'B-LOC'], ['PER:0:2', 'LOC:3:4']],
    ['adjacent B', ['B-ORG', 'B-ORG', 'I-ORG'], ['ORG:0:1', 'ORG:1:3']],
    ['I after O opens a chunk (IOB1)', ['O', 'I-MISC', 'I-MISC'], ['MISC:1:3']],
    ['type change inside', ['B-PER', 'I-LOC'], ['PER:0:1', 'LOC:1:2']],
    ['nothing', ['O', 'O'], []],
  ])('%s', (_name, tags, expected) => {
    expect(chunksOf(tags).map((c) => `${c.type}:${c.start}:${c.end}`)).toEqual(expected);
  });

  it('counts exact spans only', () => {
    const s = new NerScorer();
    s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    expect(s.byType.get('PER')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.byType.get('LOC')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(prf(s.micro())).toEqual({ precision: 50, recall: 50, f1: 50 });
    expect(prf(s.micro(['ORG']))).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('reads documents and sentences of CoNLL-2003 text', () => {
    const docs = parseConll(
      '-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nsings VBZ B-VP O\n\nOslo NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nHi UH O O\n',
    );
    expect(docs.map((d) => d.sentences.map((s) => s.words.join(' ')))).toEqual([['Anna sings', 'Oslo'], ['Hi']]);
    expect(docs[0]?.sentences[0]?.tags).toEqual(['B-PER', 'O']);
  });
});
