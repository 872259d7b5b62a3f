/**
 * A misspelt second mention of a surname ("McLenney" after "Tyresha McClenney", "Wines"
 * after "Leslie Wimes"): one letter added, dropped or changed, in a name of at least
 * `MIN_VARIANT_LENGTH` letters that starts with the same letter (case aside: "McLenney"/"McClenney"). Shorter names differ by a
 * letter too often to be one person ("Bush"/"Rush").
 */
export const MIN_VARIANT_LENGTH = 6;

/** Whether two words are one edit apart (insert, delete or substitute one character). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `name` may be a misspelling of the surname `surname`. */
export function surnameVariant(name: string, surname: string): boolean {
  return (
    name.length >= MIN_VARIANT_LENGTH &&
    surname.length >= MIN_VARIANT_LENGTH &&
    name[0] === surname[0] &&
    // "the Clintons" are a family, not a misspelt "Clinton"
    name.toLowerCase() !== `${surname.toLowerCase()}s` &&
    !/\s/.test(name) &&
    !/\s/.test(surname) &&
    oneEditApart(name.toLowerCase(), surname.toLowerCase())
  );
}
