import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { arrayOf, decodeModelFile, encodeModelFile, MODEL_FORMAT, type ModelArray } from '../src/learn/model-file.js';

const arrays = (): Map<string, ModelArray> =>
  new Map<string, ModelArray>([
    ['keys', Uint32Array.from([1, 0xffffffff, 7])],
    ['weights', Int16Array.from([-32768, 0, 32767])], // 6 bytes: the next array starts unaligned in the file
    ['trans', Float32Array.from([0.5, -1.25, 3e38])],
    ['ids', Int32Array.from([-1, 2])],
    ['empty', new Float32Array(0)],
  ]);

/** The file with its uncompressed bytes changed by `edit`. */
function tampered(gz: Buffer, edit: (raw: Buffer) => Buffer): Buffer {
  return gzipSync(edit(Buffer.from(gunzipSync(gz))));
}

describe('learn/model-file: the one model file format', () => {
  it('round-trips every array type, in order, with the info', () => {
    const file = decodeModelFile(encodeModelFile('toy', arrays(), { labels: ['O', 'B-X'], scale: 2.5 }), 'toy', 'toy.bin.gz');
    expect(file.header.format).toBe(MODEL_FORMAT);
    expect(file.header.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(file.header.info).toEqual({ labels: ['O', 'B-X'], scale: 2.5 });
    expect([...file.arrays.keys()]).toEqual(['keys', 'weights', 'trans', 'ids', 'empty']);
    for (const [name, a] of arrays()) {
      const b = file.arrays.get(name);
      expect(b?.constructor).toBe(a.constructor);
      expect(Array.from(b ?? [])).toEqual(Array.from(a));
    }
    expect(Array.from(arrayOf(file, 'weights', 'i16'))).toEqual([-32768, 0, 32767]);
  });

  it('writes the same bytes for the same model (the digest and the stage version follow)', () => {
    expect(encodeModelFile('toy', arrays()).equals(encodeModelFile('toy', arrays()))).toBe(true);
  });

  const good = encodeModelFile('toy', arrays());
  it.each([
    ['another model', () => decodeModelFile(good, 'ner', 'x'), /of model toy, expected dateline-model\/1 of ner/],
    [
      'another format',
      () =>
        decodeModelFile(
          tampered(good, (r) => Buffer.from(r.toString('latin1').replace(MODEL_FORMAT, 'dateline-model/0'), 'latin1')),
          'toy',
          'x',
        ),
      /dateline-model\/0/,
    ],
    [
      'a changed weight',
      () =>
        decodeModelFile(
          tampered(good, (r) => {
            r.writeUInt8(r.readUInt8(r.length - 10) ^ 1, r.length - 10);
            return r;
          }),
          'toy',
          'x',
        ),
      /digest/,
    ],
    [
      'a truncated file',
      () =>
        decodeModelFile(
          tampered(good, (r) => r.subarray(0, r.length - 4)),
          'toy',
          'x',
        ),
      /truncated/,
    ],
    ['an array of another type', () => arrayOf(decodeModelFile(good, 'toy', 'x'), 'keys', 'f32'), /no f32 array 'keys'/],
    ['a missing array', () => arrayOf(decodeModelFile(good, 'toy', 'x'), 'bias', 'f32'), /no f32 array 'bias'/],
  ])('refuses %s', (_case, run, message) => {
    expect(run).toThrow(message);
  });
});
