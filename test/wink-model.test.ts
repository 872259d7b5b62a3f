import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { winkModel } from '../src/stages/tokens/wink-model.js';

const require = createRequire(import.meta.url);

describe('tokens/wink-model', () => {
  it('core() builds what the package core() builds', () => {
    const theirs = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const ours = (winkModel() as unknown as { core: () => unknown }).core();
    expect(ours).toStrictEqual(theirs);
  });

  it('holds the package model parts, keys in the same order', () => {
    const theirs = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const ours = winkModel() as unknown as Record<string, unknown>;
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const key of Object.keys(theirs)) if (key !== 'core' && key !== 'addons') expect(ours[key]).toBe(theirs[key]);
    expect(ours.addons).toStrictEqual(theirs.addons);
  });
});
