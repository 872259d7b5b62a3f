import { DatelineError } from '../errors/codes.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const SNIFF_BYTES = 8192;

/**
 * Decodes a whole file as UTF-8, byte for byte (a leading BOM is dropped, nothing else
 * changes), or as UTF-16 when it starts with a UTF-16 BOM. Throws E_BINARY for NUL bytes anywhere, E_UTF8 for invalid sequences.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  // UTF-16 with a byte-order mark (as Windows tools write it): decoded, not refused as binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new DatelineError(
        'E_UTF8',
        `the file starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}; convert it, e.g. iconv -f UTF-16 -t UTF-8`,
      );
    }
    if (text.includes('\u0000')) throw new DatelineError('E_BINARY', 'the file holds NUL characters: it is binary, not text');
    return text;
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new DatelineError('E_BINARY', 'the file holds NUL bytes: it is binary, not text');
  // NUL bytes further in are refused too (a text article has none; PostgreSQL cannot store them).
  const nul = bytes.indexOf(0, SNIFF_BYTES);
  if (nul >= 0) throw new DatelineError('E_BINARY', `the file holds a NUL byte at byte ${nul}: it is binary, not text`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DatelineError('E_UTF8', `invalid UTF-8 at or after byte ${firstInvalidByte(bytes)}; convert the file to UTF-8`);
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (for the error message). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

/** Throws E_EMPTY when `text` holds nothing but white space. */
export function requireText(text: string): string {
  if (text.trim() === '') throw new DatelineError('E_EMPTY', 'the document is empty (no text besides white space)');
  return text;
}
