import type { SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';

/** What a reader yields: a document, or a failure naming where and why. */
export type IngestResult = { readonly ok: true; readonly doc: SourceDoc } | IngestFailure;

export interface IngestFailure {
  readonly ok: false;
  /** `path` or `path:line`. */
  readonly where: string;
  readonly error: DatelineError;
}

export function failure(where: string, error: unknown): IngestFailure {
  if (error instanceof DatelineError) return { ok: false, where, error };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = String((error as Error | undefined)?.message ?? error);
  // Node's messages already start with the code ("ENOENT: no such file …"): not twice.
  const reason = code && !message.startsWith(`${code}:`) ? `${code}: ${message}` : message;
  return { ok: false, where, error: new DatelineError('E_READ', reason) };
}
