/**
 * brat (Python) offsets count Unicode code points; dateline spans count UTF-16 code units.
 * `codePointToUtf16(text)` returns a function mapping a code-point offset to a UTF-16 offset;
 * it is the identity when the text holds no astral characters.
 */
export function codePointToUtf16(text: string): (offset: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (offset) => offset;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (offset) => {
    const mapped = table[offset];
    if (mapped === undefined) throw new RangeError(`code-point offset ${offset} is past the text (${table.length - 1})`);
    return mapped;
  };
}
