import iconv from 'iconv-lite';

/**
 * The character set of a page: a byte-order mark, else the `Content-Type` header's
 * `charset`, else a `<meta charset>` or `<meta http-equiv>` in the first 4 KB, else UTF-8.
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader && iconv.encodingExists(fromHeader)) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const fromMeta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (fromMeta && iconv.encodingExists(fromMeta)) return fromMeta.toLowerCase();
  return 'utf-8';
}

/**
 * The page as a string. Labels are decoded as browsers do: `iso-8859-1` and `us-ascii`
 * as windows-1252 (the WHATWG Encoding Standard), malformed bytes as U+FFFD.
 */
export function decodePage(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  let charset = sniffCharset(bytes, contentType);
  if (/^(iso-?8859-1|latin-?1|us-ascii|ascii|l1)$/.test(charset)) charset = 'windows-1252';
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, { stripBOM: true });
  return { text, charset };
}
