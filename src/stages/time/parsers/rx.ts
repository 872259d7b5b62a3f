/** A global, case-insensitive regex for a phrase that starts and ends on word boundaries. */
export function phrase(source: string, flags = 'gi'): RegExp {
  return new RegExp(`(?<![\\w'’-])(?:${source})(?![\\w]|-\\w)`, flags);
}

/** True when the word starts with a capital letter (months and weekdays in running text). */
export function capitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
