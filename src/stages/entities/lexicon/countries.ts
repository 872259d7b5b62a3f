import { countries as data } from 'countries-list';

/**
 * Country names, aliases and capitals from the `countries-list` package (MIT licence,
 * ISO 3166-1 data). Read once, lower-cased.
 */
interface CountryRecord {
  readonly name: string;
  readonly alias?: readonly string[];
  readonly capital?: string;
}

let cached: { countries: Set<string>; capitals: Set<string> } | undefined;

export function countryNames(): { countries: Set<string>; capitals: Set<string> } {
  if (cached) return cached;
  const countries = new Set<string>();
  const capitals = new Set<string>();
  for (const c of Object.values(data) as CountryRecord[]) {
    countries.add(c.name.toLowerCase());
    for (const a of c.alias ?? []) countries.add(a.toLowerCase());
    for (const cap of (c.capital ?? '').split(',')) if (cap.trim()) capitals.add(cap.trim().toLowerCase());
  }
  for (const extra of [
    'u.s.',
    'us',
    'usa',
    'u.s.a.',
    'america',
    'britain',
    'great britain',
    'uk',
    'u.k.',
    'england',
    'scotland',
    'wales',
  ]) {
    countries.add(extra);
  }
  cached = { countries, capitals };
  return cached;
}
