import { ERRORS, type ErrorCode } from './codes.js';

/**
 * How each code ends a command (and answers over HTTP), for the table in docs/errors.md.
 * A `Record` of every code: a new code without its row does not compile, and
 * test/error-table.test.ts fails until docs/errors.md is regenerated (`npm run docs:errors`).
 */
export const ERROR_EXITS: Record<ErrorCode, string> = {
  E_READ: '1 (that document; the batch goes on)',
  E_UTF8: '1 (that document)',
  E_BINARY: '1 (that document); HTTP 400',
  E_EMPTY: '1 (that document); HTTP 400',
  E_TOO_LARGE: '1 (that document); HTTP 413',
  E_DATE: '2 as an option (`--date`, `--from`); 1 in a document; HTTP 400',
  E_JSON: '1 (that line); HTTP 400',
  E_FIELD: '1 (that record); HTTP 400',
  E_ANALYSIS: '1 (that document)',
  E_TOO_SLOW: '1 (that document)',
  E_SCHEMA: '1 (that document)',
  E_USAGE: '2; HTTP 400',
  E_PIPELINE: '1',
  E_DB_CONNECT: '1; HTTP 503',
  E_DB_NEWER: '1 (nothing written)',
  E_DB_READONLY: '1; HTTP 403',
  E_DB_FULL: '1 (the failed batch rolled back); HTTP 507',
  E_DB: '1 (the failed batch rolled back); HTTP 500',
  E_DB_CORRUPT: '1',
  E_WRITE: '1',
  E_HTTP: '1 (that URL)',
  E_NETWORK: '1 (that URL)',
  E_ROBOTS: '1 (that URL)',
  E_FEED: '1 (that feed)',
  E_NOT_FOUND: '1; HTTP 404',
  E_INTERNAL: 'HTTP 500 (`serve` only)',
  E_AUTH: 'HTTP 401 (`serve` only)',
};

/** docs/errors.md: every code a user can see, what it means and what to do, and how it exits. */
export function errorTableMarkdown(): string {
  const rows = (Object.keys(ERRORS) as ErrorCode[]).map(
    (code) => `| \`${code}\` | ${ERRORS[code].replace(/\|/g, '\\|')} | ${ERROR_EXITS[code]} |`,
  );
  return `# Error codes

Every error dateline prints is one line, \`where: CODE: reason\` (\`dateline COMMAND: CODE: reason\`
for a command, \`path[:line]: CODE: reason\` for a document); over HTTP it is
\`{"error": {"code", "message"}}\`. Exit statuses: 0 all went well, 1 a document or the store
failed (the other documents are still done), 2 the command was called wrongly.

Generated from \`src/errors/codes.ts\` and \`src/errors/error-table.ts\` by \`npm run docs:errors\`;
\`test/error-table.test.ts\` fails when a code has no row here.

| code | meaning and what to do | exit status |
|---|---|---|
${rows.join('\n')}
`;
}
