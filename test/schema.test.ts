import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentOutput } from '../src/output/schema.js';
import { validateOutput } from '../src/output/to-output.js';
import { jsonSchema } from '../src/output/write-json-schema.js';
import { ROOT } from './support/paths.js';

const text = 'Rubio said on Thursday.';
const good: DocumentOutput = {
  schema: 'dateline/1',
  id: 'x',
  date: '2025-11-14',
  text,
  entities: [{ id: 'e1', name: 'Rubio', type: 'PERSON', roles: [], mentions: [{ start: 0, end: 5, text: 'Rubio' }] }],
  attributions: [],
  timexes: [{ start: 14, end: 22, text: 'Thursday', type: 'DATE', value: '2025-11-13' }],
  events: [],
};

describe('the dateline/1 contract', () => {
  it('schema/dateline-1.json is the export of the zod schema (regenerate: npm run schema)', () => {
    const committed: unknown = JSON.parse(readFileSync(join(ROOT, 'schema', 'dateline-1.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
  });

  it('accepts a good object, extra fields included', () => {
    expect(() => validateOutput({ ...good, timexes: [{ ...good.timexes[0]!, rule: 'news/weekday' }] })).not.toThrow();
  });

  it.each([
    ['a wrong schema tag', { ...good, schema: 'dateline/2' as 'dateline/1' }, '$.schema'],
    ['an unknown entity type', { ...good, entities: [{ ...good.entities[0]!, type: 'THING' as 'ORG' }] }, 'entities'],
    ['a span whose text differs', { ...good, timexes: [{ ...good.timexes[0]!, text: 'Friday' }] }, 'differs'],
    ['a span past the end', { ...good, timexes: [{ ...good.timexes[0]!, end: 99 }] }, 'outside'],
    ['a missing layer', { ...good, events: undefined as unknown as [] }, 'events'],
  ])('rejects %s with E_SCHEMA', (_name, out, where) => {
    expect(() => validateOutput(out)).toThrowError(
      expect.objectContaining({ code: 'E_SCHEMA', message: expect.stringContaining(where.replace('$.', '')) }),
    );
  });
});
