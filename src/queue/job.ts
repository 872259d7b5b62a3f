import type { DocMeta, SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { contentHash } from '../store/hash.js';

/**
 * One queued document: the document as the reader gave it (id, date, text, metadata) and
 * its content hash, the store's identity of an article (sha256 of date and text). A worker
 * needs nothing else: not the file, not the machine that read it.
 */
export interface DocJob {
  readonly doc: SourceDoc;
  readonly hash: string;
}

export function docJob(doc: SourceDoc): DocJob {
  return { doc: { id: doc.id, date: doc.date, text: doc.text, meta: doc.meta }, hash: contentHash(doc.date, doc.text) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A job's payload as read back from the queue, checked: a payload that is not a document
 * (written by something else, or by hand) is an E_FIELD error for that job alone. The hash
 * is recomputed, so a job cannot store text under another article's identity.
 */
export function readDocJob(data: unknown): DocJob {
  const doc = isRecord(data) ? data.doc : undefined;
  if (!isRecord(doc) || typeof doc.id !== 'string' || typeof doc.text !== 'string')
    throw new DatelineError(
      'E_FIELD',
      'the job holds no document (an object "doc" with string "id" and "text"); enqueue with dateline ingest --enqueue',
    );
  const date = doc.date ?? null;
  if (date !== null && typeof date !== 'string')
    throw new DatelineError('E_FIELD', `document ${JSON.stringify(doc.id)}: "date" is not a string`);
  const meta = isRecord(doc.meta) ? (doc.meta as DocMeta) : {};
  const hash = contentHash(date, doc.text);
  if (isRecord(data) && data.hash !== undefined && data.hash !== hash)
    throw new DatelineError('E_FIELD', `document ${JSON.stringify(doc.id)}: the job's content hash does not match its date and text`);
  return { doc: { id: doc.id, date, text: doc.text, meta }, hash };
}
