import { mkdtempSync, readdirSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../src/learn/cache-dir.js';
import { BUCKETS } from '../src/learn/hashing.js';
import { KeyedTable } from '../src/learn/keyed-table.js';
import { arrayOf, encodeModelFile, type ModelArray, readModelFile, tablesBuilt } from '../src/learn/model-file.js';
import { Perceptron } from '../src/learn/perceptron.js';
import { perceptronArrayNames, perceptronArrays, readPerceptrons } from '../src/learn/sparse-model.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-table-cache-'));
const cache = join(dir, 'cache');
const before = process.env.DATELINE_CACHE_DIR;
process.env.DATELINE_CACHE_DIR = cache;
afterAll(() => {
  if (before === undefined) delete process.env.DATELINE_CACHE_DIR;
  else process.env.DATELINE_CACHE_DIR = before;
});

const model = (values: number[]): Buffer =>
  encodeModelFile(
    'toy',
    new Map<string, ModelArray>([
      ['keys', Uint32Array.from(values)],
      ['w', Int16Array.from(values.flatMap((v) => [v, -v]))],
    ]),
  );

let clock = Date.now();
/** A new modification time: the file's key in this process's shared memory changes, as in a new process. */
const touch = (path: string): void => {
  clock += 10_000;
  utimesSync(path, new Date(clock), new Date(clock));
};

/** Reads `path` with the cache on and builds a keyed table from it (zero weights when `blank`: only a cached table scores). */
function load(path: string, blank = false): number[] {
  const file = readModelFile(path, 'toy', true);
  const keys = file.arrays.get('keys') as Uint32Array;
  const w = blank ? new Int16Array(keys.length * 2) : (file.arrays.get('w') as Int16Array);
  const table = new KeyedTable(keys, w, 2, 1, `${file.key}#keyed`);
  tablesBuilt(file);
  const s = new Float64Array(2);
  table.addAll(s, Uint32Array.of(keys[1] as number), 1);
  return Array.from(s);
}

const tables = (): string[] => readdirSync(cache).filter((n) => n.endsWith('.tables'));

describe('learn/table-cache: built tables kept on disk between runs', () => {
  it('writes the tables on the first read and reads them back later', () => {
    const path = join(dir, 'toy.bin.gz');
    writeFileSync(path, model([3, 4, 5]));
    expect(load(path)).toEqual([4, -4]);
    expect(tables()).toHaveLength(1);
    touch(path);
    expect(load(path, true)).toEqual([4, -4]); // the table came from the cache, not from the blank weights
    expect(tables()).toHaveLength(1);
  });

  it('a changed model file gets a cache file of its own', () => {
    const path = join(dir, 'changed.bin.gz');
    writeFileSync(path, model([1, 2]));
    expect(load(path)).toEqual([2, -2]);
    writeFileSync(path, model([7, 8, 9]));
    touch(path);
    expect(load(path)).toEqual([8, -8]);
    touch(path);
    expect(load(path, true)).toEqual([8, -8]);
  });

  it('a damaged cache file is ignored: the tables are built again', () => {
    const path = join(dir, 'damaged.bin.gz');
    writeFileSync(path, model([11, 12]));
    const seen = new Set(tables());
    load(path);
    const mine = tables().find((n) => !seen.has(n)) as string;
    truncateSync(join(cache, mine), 40);
    touch(path);
    expect(load(path)).toEqual([12, -12]);
    touch(path);
    expect(load(path, true)).toEqual([12, -12]); // rewritten whole
  });

  it('keeps a tagger’s table but not the rows it was built from; asked for them, reads the model file', () => {
    const w = new Float32Array(BUCKETS * 2);
    w[9 * 2 + 1] = 3;
    const { arrays, info } = perceptronArrays([['t', new Perceptron(['O', 'X'], w)]]);
    const path = join(dir, 'tagger.bin.gz');
    writeFileSync(path, encodeModelFile('toy', arrays, info));
    const load = (): [number, ReturnType<typeof readModelFile>] => {
      const file = readModelFile(path, 'toy', true);
      const t = readPerceptrons(file, path, new Set(['t'])).get('t') as Perceptron;
      tablesBuilt(file, perceptronArrayNames(file, path));
      return [t.at(9, 1), file];
    };
    const [first, whole] = load();
    expect(whole.arrays.has('t.deltas')).toBe(true);
    touch(path);
    const [cached, thin] = load();
    expect(cached).toBe(first);
    expect(thin.arrays.has('t.deltas')).toBe(false);
    expect(Array.from(arrayOf(thin, 't.deltas', 'u32'))).toEqual([9]);
  });

  it('a cache folder that cannot be made is no error', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    process.env.DATELINE_CACHE_DIR = join(blocker, 'cache');
    const path = join(dir, 'unwritable.bin.gz');
    writeFileSync(path, model([5, 6]));
    expect(load(path)).toEqual([6, -6]);
    touch(path);
    expect(load(path)).toEqual([6, -6]);
    process.env.DATELINE_CACHE_DIR = cache;
  });

  it.each([
    [{ DATELINE_CACHE_DIR: '/c' }, 'linux', '/c'],
    [{ DATELINE_CACHE_DIR: 'off' }, 'linux', undefined],
    [{ DATELINE_CACHE_DIR: '' }, 'linux', undefined],
    [{ XDG_CACHE_HOME: '/x' }, 'linux', '/x/dateline'],
    [{ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', join('C:\\Users\\a\\AppData\\Local', 'dateline', 'cache')],
  ] as const)('cacheDir(%o) on %s', (env, platform, expected) => {
    expect(cacheDir(env, platform)).toBe(expected);
  });
});
