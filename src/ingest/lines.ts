/**
 * Splits a byte stream into lines (without their `\n` or `\r\n`), holding only one line
 * at a time in memory besides the current chunk. Yields `[bytes, lineNumber]`, 1-based.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<[Uint8Array, number]> {
  let carry: Uint8Array | null = null;
  let line = 0;
  for await (const chunk of chunks) {
    let from = 0;
    let nl = chunk.indexOf(10, from);
    while (nl !== -1) {
      let piece = chunk.subarray(from, nl);
      if (carry) {
        piece = concat(carry, piece);
        carry = null;
      }
      yield [stripCr(piece), ++line];
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    if (from < chunk.length) carry = carry ? concat(carry, chunk.subarray(from)) : chunk.slice(from);
  }
  if (carry && carry.length > 0) yield [stripCr(carry), ++line];
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function stripCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes;
}
