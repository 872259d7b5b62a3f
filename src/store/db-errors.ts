import { DatelineError, ERRORS } from '../errors/codes.js';

interface DriverError {
  readonly code?: string;
  readonly message?: string;
}

const PG_CODES: Record<string, DatelineError['code']> = {
  '53100': 'E_DB_FULL', // disk_full
  '53200': 'E_DB_FULL', // out_of_memory
  '25006': 'E_DB_READONLY', // read_only_sql_transaction
  '42501': 'E_DB_READONLY', // insufficient_privilege
  '3D000': 'E_DB_CONNECT', // invalid_catalog_name: no such database
  '28000': 'E_DB_CONNECT', // invalid_authorization_specification
  '28P01': 'E_DB_CONNECT', // invalid_password
  '57P03': 'E_DB_CONNECT', // cannot_connect_now
  '57P01': 'E_DB_CONNECT', // admin_shutdown: the server ended the connection (restart, pg_terminate_backend)
  '57P02': 'E_DB_CONNECT', // crash_shutdown
};

const NET_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN']);

/** True for an error thrown by a database driver (better-sqlite3's SqliteError, pg's DatabaseError): not a bug of ours. */
export function isDriverError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as DriverError).code;
  return (
    error.name === 'SqliteError' || error.name === 'DatabaseError' || (typeof code === 'string' && /^(SQLITE_|[0-9A-Z]{5}$)/.test(code))
  );
}

/** The user-facing error for a driver error from SQLite or PostgreSQL: a code from the catalogue. */
export function storeError(error: unknown, where: string): DatelineError {
  if (error instanceof DatelineError) return error;
  const e = (error ?? {}) as DriverError;
  const code = e.code ?? '';
  const message = e.message || String(error) || code;
  const reason = `${where}: ${message}`;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') return new DatelineError('E_DB_READONLY', reason);
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) return new DatelineError('E_DB_FULL', reason);
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB')
    return new DatelineError('E_DB_CORRUPT', `${reason}: ${ERRORS.E_DB_CORRUPT}`);
  if (code === 'SQLITE_CANTOPEN') return new DatelineError('E_DB_CONNECT', reason);
  if (NET_CODES.has(code) || (/timeout|terminated|connect/i.test(message) && !code)) return new DatelineError('E_DB_CONNECT', reason);
  const mapped = PG_CODES[code];
  if (mapped) return new DatelineError(mapped, reason);
  if (code === 'ENOSPC') return new DatelineError('E_DB_FULL', reason);
  if (code === 'EACCES' || code === 'EROFS') return new DatelineError('E_DB_READONLY', reason);
  return new DatelineError('E_DB', code ? `${reason} (${code})` : reason);
}
