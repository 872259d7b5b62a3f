/** English number words up to ninety and their values; "a" and "an" count one. Shared by stages. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The number words whose value is at most `max` (`a`, `an`, `one` … for `max` 12: up to `twelve`). */
export function numberWordsUpTo(max: number): Record<string, number> {
  return Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, value]) => value <= max));
}
