import type { SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { checkDate } from './dates.js';
import { requireText } from './decode.js';
import { byteLines } from './lines.js';
import { failure, type IngestResult } from './result.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export interface JsonlOptions {
  /** Date for records that carry none. */
  readonly date?: string | undefined;
  /** Longest line, in bytes (one article). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * JSON lines: one `{"id", "text", "date"?, "title"?, "url"?, "outlet"?}` a line, read as
 * a stream. Blank lines are skipped; a bad line fails alone (`path:line`).
 */
export async function* readJsonl(
  path: string,
  chunks: AsyncIterable<Uint8Array>,
  options: JsonlOptions = {},
): AsyncGenerator<IngestResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_LINE_BYTES;
  for await (const [bytes, line, tooLong] of byteLines(chunks, max)) {
    const where = `${path}:${line}`;
    try {
      if (tooLong)
        throw new DatelineError(
          'E_TOO_LARGE',
          `the line is over the ${max}-byte limit for one article (refused at the limit, the rest skipped)`,
        );
      if (bytes.length > max)
        throw new DatelineError('E_TOO_LARGE', `the line has ${bytes.length} bytes, over the ${max}-byte limit for one article`);
      const raw = UTF8.decode(bytes);
      if (raw.trim() === '') continue;
      yield { ok: true, doc: jsonlRecord(path, line, raw, options) };
    } catch (error) {
      if (error instanceof TypeError) yield failure(where, new DatelineError('E_UTF8', 'the line is not valid UTF-8'));
      else yield failure(where, error);
    }
  }
}

/** One JSONL record as a document; throws a DatelineError naming what is wrong. */
export function jsonlRecord(path: string, line: number, raw: string, options: JsonlOptions = {}): SourceDoc {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new DatelineError('E_JSON', `the line is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DatelineError('E_FIELD', 'the line is not a JSON object');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    throw new DatelineError('E_FIELD', `"text" is ${record.text === undefined ? 'missing' : 'not a string'}`);
  }
  if (record.text.includes('\u0000')) {
    throw new DatelineError('E_BINARY', '"text" holds a NUL character (U+0000), which no text article has; remove it');
  }
  const id = optionalString(record, 'id') ?? `${path}:${line}`;
  const dateField = optionalString(record, 'date');
  const date = dateField !== undefined ? checkDate(dateField, '"date"') : (options.date ?? null);
  const title = optionalString(record, 'title');
  const url = optionalString(record, 'url');
  const outlet = optionalString(record, 'outlet');
  return {
    id,
    date,
    text: requireText(record.text),
    meta: {
      source: path,
      line,
      kind: 'jsonl',
      ...(title !== undefined && { title }),
      ...(url !== undefined && { url }),
      ...(outlet !== undefined && { outlet }),
    },
  };
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const v = record[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && key === 'id') {
    // A number JSON cannot hold exactly (1e400 → Infinity, 2^53 + 1 → 2^53) would merge or rename documents.
    if (Number.isSafeInteger(v)) return String(v);
    throw new DatelineError('E_FIELD', '"id" is a number beyond 2^53 or not an integer, which JSON readers round; write it as a string');
  }
  if (typeof v !== 'string') throw new DatelineError('E_FIELD', `"${key}" is not a string`);
  return v;
}
