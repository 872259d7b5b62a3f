/** Characters wink-nlp drops silently: byte-order marks and zero-width marks inside a text. */
const INVISIBLE = /^[\s\ufeff\u200b-\u200d\u2060\u00ad]*$/;
const MAX_SKIP = 16;

/**
 * The start offset of each wink-nlp token in `text`. wink keeps each token's text and the
 * white space before it, so offsets are rebuilt by walking the text; where wink dropped an
 * invisible character (a BOM in mid-text, a zero-width space), the walk skips it. Any
 * other disagreement is a broken invariant and throws.
 */
export function alignTokens(text: string, values: readonly string[], spaces: readonly string[], id: string): number[] {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    offset += (spaces[i] as string).length;
    if (!text.startsWith(value, offset)) offset = skipInvisible(text, value, offset, id);
    starts[i] = offset;
    offset += value.length;
  }
  if (!INVISIBLE.test(text.slice(offset))) {
    throw new Error(`tokens: wink-nlp tokens end at ${offset}, before the text's end (${text.length}), on '${id}'`);
  }
  return starts;
}

function skipInvisible(text: string, value: string, offset: number, id: string): number {
  const found = text.indexOf(value, offset);
  if (found < 0 || found - offset > MAX_SKIP || !INVISIBLE.test(text.slice(offset, found))) {
    throw new Error(`tokens: cannot place wink-nlp token ${JSON.stringify(value)} at offset ${offset} on '${id}'`);
  }
  return found;
}
