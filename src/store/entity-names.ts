import { ROLE_HEADS } from '../stages/entities/lexicon/roles.js';

/**
 * Name keys for matching entities across articles: lower case, accents and dots gone,
 * white space collapsed, a leading "the" dropped ("The U.S. Senate" = "u.s. senate" = "us senate").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&'’-]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The words of a name key. */
export function keyWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

/** Alias under which a person is found by last name alone ("Okoye" → "~okoye"). */
export function surnameAlias(key: string): string | null {
  const words = keyWords(key);
  return words.length > 1 ? `~${words.at(-1)}` : null;
}

/** The role head words of some roles, lower case ("U.S. Attorney General" → attorney, general). */
export function roleHeads(roles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const w of r.toLowerCase().split(/[^\p{L}.-]+/u)) if (ROLE_HEADS.has(w)) out.add(w.replace(/\.$/, ''));
  return out;
}
