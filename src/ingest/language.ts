import { francScores } from './franc-scores.js';

/** ISO 639-3 codes franc gives → the ISO 639-1 tags pages declare, for the common ones. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  nno: 'nn',
  fin: 'fi',
  ell: 'el',
  tur: 'tr',
  arb: 'ar',
  pes: 'fa',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  swh: 'sw',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  bul: 'bg',
  cat: 'ca',
  glg: 'gl',
  lit: 'lt',
  lav: 'lv',
  als: 'sq',
  kat: 'ka',
  hye: 'hy',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  tam: 'ta',
  tel: 'te',
  mar: 'mr',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  amh: 'am',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  xho: 'xh',
  som: 'so',
  mya: 'my',
  khm: 'km',
};

/** A detected language: the tag and how it was found. */
export interface DetectedLanguage {
  /** ISO 639-1 where there is one, else franc's ISO 639-3 code. */
  readonly language: string;
  readonly code3: string;
  /** `language/franc` (detected) or `language/declared` (the page said, the text was too short). */
  readonly rule: string;
}

/** Fewest characters franc reads before its answer is trusted. */
export const MIN_DETECT_CHARS = 120;
/** Characters read: the first few thousand tell the language as well as the whole. */
const SAMPLE_CHARS = 1500;

/**
 * The language of a text, detected by franc (trigrams), with the page's declared language
 * as the fallback for short texts. English is kept unless another language beats it
 * clearly (franc's score for English under 0.9 of the best), so that an English article
 * is never skipped by a close call.
 */
export function detectLanguage(text: string, declared: string | null = null): DetectedLanguage | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_DETECT_CHARS) {
    return declared ? { language: declared, code3: declared, rule: 'language/declared' } : null;
  }
  const ranked = francScores(sample, MIN_DETECT_CHARS); // francAll(sample, { minLength }), faster
  const [best] = ranked;
  if (!best || best[0] === 'und') return declared ? { language: declared, code3: declared, rule: 'language/declared' } : null;
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  const code3 = best[0] !== 'eng' && english >= 0.9 ? 'eng' : best[0];
  return { language: TWO_LETTER[code3] ?? code3, code3, rule: 'language/franc' };
}

/** True when the English stages can read the language. */
export function isEnglish(language: string | null | undefined): boolean {
  return language === null || language === undefined || language === 'en' || language === 'eng';
}
