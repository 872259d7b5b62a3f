import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../src/errors/codes.js';
import { errorTableMarkdown } from '../src/errors/error-table.js';
import { ROOT } from './support/paths.js';

// Issue #19 (done when): the error table lists every code a user can see.
describe('docs/errors.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');

  it('is what `npm run docs:errors` writes from the catalogue', () => {
    expect(doc).toBe(errorTableMarkdown());
  });

  it.each(Object.keys(ERRORS))('has a row for %s', (code) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\| .+ \\|$`, 'm'));
  });

  it('has no row for a code the catalogue lacks (negative)', () => {
    const listed = [...doc.matchAll(/^\| `(E_[A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(ERRORS).sort());
  });
});
