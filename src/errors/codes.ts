/**
 * The catalogue of errors a user can see. Each has a stable code to search for and
 * says what to do. Document errors end one document and the batch goes on; usage
 * and pipeline errors stop the command.
 */
export const ERRORS = {
  E_READ: 'cannot read the file; check the path and its permissions',
  E_UTF8: 'the file is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and retry',
  E_BINARY: 'the file looks binary (it holds NUL bytes), not text',
  E_EMPTY: 'the document has no text',
  E_TOO_LARGE: 'the document is larger than the limit for one article; split it',
  E_DATE: 'the date is not a real calendar date in the form YYYY-MM-DD',
  E_JSON: 'the line is not valid JSON',
  E_FIELD: 'the record lacks a required field or has one of the wrong type',
  E_ANALYSIS: 'the analysis failed on this document; please report it with the document',
  E_TOO_SLOW: 'the analysis of this document took longer than --max-seconds; raise the limit or split the document',
  E_SCHEMA: 'the output broke the dateline/1 contract; please report it with the document',
  E_USAGE: 'the command was called wrongly; see --help',
  E_PIPELINE: 'the pipeline is built wrongly: a stage needs a layer no earlier stage provides',
  E_DB_CONNECT: 'cannot connect to the database; check the --db URL (or DATELINE_DB) and that the server runs',
  E_DB_NEWER: 'the store was written by a newer dateline (its schema has migrations this version lacks); upgrade dateline',
  E_DB_READONLY: 'the store cannot be written (read-only file, folder or database); use another --db or fix permissions',
  E_DB_FULL: 'the disk or database is full; nothing of the failed batch was written; free space and re-run',
  E_DB: 'the database failed; the failed batch was rolled back',
  E_HTTP: 'the web server answered with an error status (the status is given); check the URL, or retry later for a 5xx',
  E_NETWORK: 'the web server could not be reached or did not answer in time (after retries); check the URL and retry later',
  E_ROBOTS: "the site's robots.txt does not allow dateline to fetch this URL; it was not fetched",
  E_FEED: 'the feed is not RSS 2.0 or Atom that can be read, or one of its items lacks a link',
  E_NOT_FOUND: 'no such article or entity in the store',
  E_WRITE:
    'the output cannot be written (a full disk, a closed file); what was printed is incomplete: free space or fix the redirection and re-run',
  E_DB_CORRUPT:
    'the store file is damaged; restore a backup, or move it away and ingest the sources again (sqlite3 OLD.db .recover | sqlite3 NEW.db may save what is left)',
  E_INTERNAL: 'the server failed on this request; its log says why; please report it',
  E_AUTH:
    'this request writes to the store and needs the server token: send Authorization: Bearer TOKEN (dateline serve --token, or DATELINE_TOKEN)',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error meant for a user: a code from the catalogue, and a reason naming what is wrong. */
export class DatelineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, reason: string) {
    super(reason);
    this.name = 'DatelineError';
    this.code = code;
  }

  /** `CODE: reason` — the form every stderr line takes after its location. */
  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}
