import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../src/cli/heap-growth.js';

const OURS = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;

describe('heapGrowthFlag', () => {
  const cases: readonly { name: string; execArgv: string[]; nodeOptions?: string; expected: string | null }[] = [
    { name: 'nothing given', execArgv: [], expected: OURS },
    {
      name: 'other flags only',
      execArgv: ['--import', 'x.mjs', '--max-old-space-size=4096'],
      nodeOptions: '--enable-source-maps',
      expected: OURS,
    },
    { name: 'a flag that merely starts alike', execArgv: ['--heap-growing-percentage=5'], expected: OURS },
    { name: 'set on the command line', execArgv: ['--heap-growing-percent=50'], expected: null },
    { name: 'set with underscores', execArgv: ['--heap_growing_percent=0'], expected: null },
    { name: 'set in NODE_OPTIONS', execArgv: [], nodeOptions: '--enable-source-maps  --heap-growing-percent=100', expected: null },
    { name: 'empty NODE_OPTIONS', execArgv: [], nodeOptions: '', expected: OURS },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(heapGrowthFlag(c.execArgv, c.nodeOptions)).toBe(c.expected);
    });
  }
});
