/** Fewest words of an account a denial can answer: "Obama" or "interviews with Fields" is a phrase, not an account. Rules `contradictions/denial-account-words`, `contradictions/fact-check-account-words`. */
export const ACCOUNT_MIN_WORDS = 4;

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
