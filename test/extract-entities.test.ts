import { describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { hasCorpus, SEED } from './support/paths.js';

describe.skipIf(!hasCorpus)('extract: entities in the dateline/1 output', () => {
  it('prints the reference article with its people, roles and outlets', async () => {
    const r = await dateline(['extract', SEED]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { entities: { name: string; type: string; roles: string[]; kind?: string }[] };
    const by = (name: string) => out.entities.find((e) => e.name === name);
    expect(by('Marco Rubio')).toMatchObject({ type: 'PERSON', roles: ['U.S. Secretary of State'] });
    expect(by('Carlos Manzo')?.roles).toEqual(['Mayor of Uruapan']);
    expect(by('NBC News')).toMatchObject({ type: 'ORG', kind: 'news outlet' });
    expect(by('United States')?.type).toBe('GPE');
  });
});
