/** A line of a byte stream: its bytes (without `\n` or `\r\n`), its 1-based number, and whether it was over the limit (its bytes then empty). */
export type ByteLine = readonly [bytes: Uint8Array, line: number, tooLong: boolean];

const NONE = new Uint8Array(0);

/**
 * Splits a byte stream into lines, holding only one line at a time in memory besides the
 * current chunk; a line spread over many chunks is joined once, at its end. A line longer
 * than `maxBytes` is reported (`tooLong`) as soon as it passes the limit, while streaming,
 * and the rest of it is skipped unread into memory: a file of one endless line stays flat.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<ByteLine> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let skipping = false;
  let line = 0;
  for await (const chunk of chunks) {
    let from = 0;
    let nl = chunk.indexOf(10, from);
    while (nl !== -1) {
      if (skipping) skipping = false;
      else if (carried + (nl - from) > maxBytes) {
        carry = [];
        carried = 0;
        yield [NONE, ++line, true];
      } else {
        let piece = chunk.subarray(from, nl);
        if (carry.length > 0) {
          piece = Buffer.concat([...carry, piece]);
          carry = [];
          carried = 0;
        }
        yield [stripCr(piece), ++line, false];
      }
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    if (from < chunk.length && !skipping) {
      if (carried + (chunk.length - from) > maxBytes) {
        carry = [];
        carried = 0;
        skipping = true;
        yield [NONE, ++line, true];
      } else {
        carry.push(chunk.slice(from));
        carried += chunk.length - from;
      }
    }
  }
  if (carry.length > 0) yield [stripCr(Buffer.concat(carry)), ++line, false];
}

function stripCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes;
}
