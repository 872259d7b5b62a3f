/**
 * Splits a byte stream into lines (without their `\n` or `\r\n`), holding only one line
 * at a time in memory besides the current chunk. Yields `[bytes, lineNumber]`, 1-based.
 * A line spread over many chunks is joined once, at its end.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<[Uint8Array, number]> {
  let carry: Uint8Array[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let from = 0;
    let nl = chunk.indexOf(10, from);
    while (nl !== -1) {
      let piece = chunk.subarray(from, nl);
      if (carry.length > 0) {
        piece = Buffer.concat([...carry, piece]);
        carry = [];
      }
      yield [stripCr(piece), ++line];
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    if (from < chunk.length) carry.push(chunk.slice(from));
  }
  if (carry.length > 0) yield [stripCr(Buffer.concat(carry)), ++line];
}

function stripCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes;
}
