import type { SourceDoc } from '../doc/doc.js';
import { readDatelineHeader } from './dateline-text.js';
import { dateFromFileName } from './dates.js';
import { requireText } from './decode.js';

export interface TextOptions {
  /** `--date`: the date of plain-text articles that state none. */
  readonly date?: string | undefined;
}

/**
 * A `.txt` article. With a `date` header it is dateline text (the body after the header
 * is the text); without one it is plain text, whole and unchanged, dated by `--date`,
 * else by a `YYYY-MM-DD` in the file name, else undated.
 */
export function textDocument(path: string, content: string, options: TextOptions = {}): SourceDoc {
  const header = readDatelineHeader(content);
  if (header) {
    const text = requireText(content.slice(header.bodyStart));
    return { id: path, date: header.date, text, meta: { source: path, kind: 'dateline-text' } };
  }
  const text = requireText(content);
  const date = options.date ?? (path === '-' ? null : dateFromFileName(path));
  return { id: path, date, text, meta: { source: path, kind: 'plain-text' } };
}
