import { DatelineError } from '../errors/codes.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const SNIFF_BYTES = 8192;

/**
 * Decodes a whole file as UTF-8, byte for byte (a leading BOM is dropped, nothing else
 * changes). Throws E_BINARY for NUL bytes near the start, E_UTF8 for invalid sequences.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new DatelineError('E_BINARY', 'the file holds NUL bytes: it is binary, not text');
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
