import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeModelFile } from '../src/learn/model-file.js';
import { HISTORY_ROWS } from '../src/stages/entities/ner/decode.js';
import { DEFAULT_NER_MODEL } from '../src/stages/entities/ner/model.js';
import { decodeModel, encodeModel, type ModelData } from '../src/stages/entities/ner/model-file.js';
import { NTAGS, TAGS } from '../src/stages/entities/ner/tags.js';
import { EVENTS_MODEL_PATH } from '../src/stages/events/model-file.js';

const ramp = (n: number): Float32Array => Float32Array.from({ length: n }, (_, i) => i / 8 - 3);

const toy: ModelData = {
  header: { tags: [...TAGS], features: 2, scale: 100, trainedOn: 'two sentences written for this test', epochs: 1 },
  keys: Uint32Array.from([12345, 0xdeadbeef]),
  weights: Int16Array.from({ length: 2 * NTAGS }, (_, i) => i * 100 - 800),
  trans1: ramp((NTAGS + 1) * NTAGS),
  trans2: ramp((NTAGS + 1) * (NTAGS + 1) * NTAGS),
  history: ramp(HISTORY_ROWS * NTAGS),
};

describe('NER model in the shared model file', () => {
  it('round-trips every array and the header', () => {
    const back = decodeModel(encodeModel(toy));
    expect(back.header).toEqual(toy.header);
    for (const k of ['keys', 'weights', 'trans1', 'trans2', 'history'] as const) expect(Array.from(back[k])).toEqual(Array.from(toy[k]));
  });

  it('reads the committed model', () => {
    const m = decodeModel(readFileSync(DEFAULT_NER_MODEL), DEFAULT_NER_MODEL);
    expect(m.header.tags).toEqual([...TAGS]);
    expect(m.keys.length).toBe(m.header.features);
  });

  it.each([
    ['another model (events)', () => readFileSync(EVENTS_MODEL_PATH), /model events, expected dateline-model\/1 of ner/],
    ['a transition table of the wrong size', () => encodeModel({ ...toy, trans1: new Float32Array(3) }), /wrong size/],
    ['fewer keys than the header says', () => encodeModel({ ...toy, header: { ...toy.header, features: 3 } }), /wrong size/],
    ['an array missing', () => encodeModelFile('ner', new Map([['keys', toy.keys]]), {}), /no i16 array 'weights'/],
  ])('refuses %s', (_case, bytes, message) => {
    expect(() => decodeModel(bytes(), 'x')).toThrow(message);
  });
});
