import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyedTable } from '../src/learn/keyed-table.js';
import { encodeModelFile, type ModelArray, readModelFile } from '../src/learn/model-file.js';
import { adoptSharedBuffers, sharedBuffer, sharedBuffers } from '../src/learn/shared-buffers.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-shared-'));
const model = (values: number[]): Buffer =>
  encodeModelFile(
    'toy',
    new Map<string, ModelArray>([
      ['keys', Uint32Array.from(values)],
      ['w', Int16Array.from(values)],
    ]),
  );

describe('learn/shared-buffers: model tables made once per process', () => {
  it('reads a model file once: a second read shares the first one’s memory', () => {
    const path = join(dir, 'once.bin.gz');
    writeFileSync(path, model([3, 4, 5]));
    const a = readModelFile(path, 'toy');
    const b = readModelFile(path, 'toy');
    expect(a.key).toBeDefined();
    expect(b.key).toBe(a.key);
    expect(b.arrays.get('keys')?.buffer).toBe(a.arrays.get('keys')?.buffer);
    expect(a.arrays.get('keys')?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(b.arrays.get('w') ?? [])).toEqual([3, 4, 5]);
  });

  it('reads a changed file afresh, never from the old buffer', () => {
    const path = join(dir, 'changed.bin.gz');
    writeFileSync(path, model([1, 2]));
    const a = readModelFile(path, 'toy');
    writeFileSync(path, model([7, 8, 9]));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const b = readModelFile(path, 'toy');
    expect(b.key).not.toBe(a.key);
    expect(Array.from(b.arrays.get('keys') ?? [])).toEqual([7, 8, 9]);
  });

  it('refuses another model’s file even when the same path was read as a shared one', () => {
    const path = join(dir, 'other.bin.gz');
    writeFileSync(path, model([1]));
    readModelFile(path, 'toy');
    expect(() => readModelFile(path, 'ner')).toThrow(/expected dateline-model\/1 of ner/);
  });

  it('builds a keyed table once for a key; a thread given the buffers finds it filled', () => {
    const keys = Uint32Array.from([10, 20, 30]);
    const weights = Int16Array.from([1, 2, 3, 4, 5, 6]);
    const score = (t: KeyedTable, key: number): number[] => {
      const s = new Float64Array(2);
      t.addAll(s, Uint32Array.of(key), 1);
      return Array.from(s);
    };
    const first = new KeyedTable(keys, weights, 2, 2, 'test#keyed');
    adoptSharedBuffers(sharedBuffers()); // what a worker does with its pool's buffers
    // weights that would give other scores: a filled shared table is read, not rebuilt
    const second = new KeyedTable(keys, Int16Array.from([0, 0, 0, 0, 0, 0]), 2, 2, 'test#keyed');
    expect(score(second, 20)).toEqual([1.5, 2]);
    expect(score(first, 20)).toEqual([1.5, 2]);
    // without a key: a table of its own
    expect(score(new KeyedTable(keys, Int16Array.from([0, 0, 0, 0, 0, 0]), 2, 2), 20)).toEqual([0, 0]);
  });

  it.each([
    ['no key: own memory, never shared', undefined, ArrayBuffer],
    ['a key: shared memory', 'test#slot', SharedArrayBuffer],
  ])('%s', (_, key, kind) => {
    const slot = sharedBuffer(key, 8);
    expect(slot.fresh).toBe(true);
    expect(slot.buffer).toBeInstanceOf(kind);
    // not shared until filled: a slot whose filling failed is made again
    expect(sharedBuffer(key, 8).fresh).toBe(true);
    slot.share();
    expect(sharedBuffer(key, 8).fresh).toBe(key === undefined);
  });
});
