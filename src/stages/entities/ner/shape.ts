/**
 * Word shapes: `Marco` → `Xxxxx` (long form, capped) and `Xx` (runs collapsed);
 * `U.S.` → `X.X.`; `1996-08-30` → `dddd-dd-dd` / `d-d-d`.
 */
const LONG_CAP = 8;

function classOf(code: number): number {
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 48 && code <= 57) return 100; // d
  if (code < 128) return code;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 88 : 120;
  return 42; // *
}

/** Long shape: one class per character, the first LONG_CAP characters. */
export function longShape(word: string): string {
  let out = '';
  const n = Math.min(word.length, LONG_CAP);
  for (let i = 0; i < n; i++) out += String.fromCharCode(classOf(word.charCodeAt(i)));
  return word.length > LONG_CAP ? `${out}+` : out;
}

/** Short shape: runs of one class collapsed to one character. */
export function shortShape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i));
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return classOf(word.charCodeAt(0)) === 88;
}

/** True when the word has letters and none of them is lower case. */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i));
    if (c === 120) return false;
    if (c === 88) letters++;
  }
  return letters > 0;
}
