import { createHash } from 'node:crypto';

/** The identity of an article's content: sha256 of its date and text. */
export function contentHash(date: string | null, text: string): string {
  return createHash('sha256')
    .update(date ?? '')
    .update('\u0000')
    .update(text)
    .digest('hex');
}
