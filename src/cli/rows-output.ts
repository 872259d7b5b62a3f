import { csvLine } from './csv.js';
import { io } from './io.js';
import { printable } from './printable.js';
import { LineWriter } from './stdio.js';

export type OutputFormat = 'text' | 'json' | 'csv';

export interface FormatOptions {
  readonly json?: boolean;
  readonly csv?: boolean;
}

export function formatOf(options: FormatOptions): OutputFormat {
  return options.json ? 'json' : options.csv ? 'csv' : 'text';
}

/** A column of a result table: its header, and how to show a row's value in the terminal. */
export interface Column<T> {
  readonly key: keyof T & string;
  readonly width?: number;
}

/** A cell: on one line, control characters shown, cut to `width` on a terminal only (never in a pipe or file). */
function clip(value: unknown, width: number | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const flat = printable(text.replace(/\s+/g, ' '));
  if (width === undefined || flat.length <= width) return flat;
  return `${flat.slice(0, width - 1)}…`;
}

/** Rows a query gave when asked for `limit + 1`: the first `limit`, whether more matched, and how many in all when counted. */
export interface LimitedRows<T> {
  readonly rows: readonly T[];
  readonly limit: number;
  readonly more: boolean;
  /** Every row that matches (a count query, run only when the limit cut the list). */
  readonly total?: number;
}

export function cutAt<T>(rows: readonly T[], limit: number): LimitedRows<T> {
  return { rows: rows.slice(0, limit), limit, more: rows.length > limit };
}

/** `cutAt`, and when the limit cut the rows, `count()` (a count query) says how many match in all. */
export async function cutAndCount<T>(rows: readonly T[], limit: number, count: () => Promise<number>): Promise<LimitedRows<T>> {
  const cut = cutAt(rows, limit);
  return cut.more ? { ...cut, total: await count() } : cut;
}

/** What a cut list says: "the first 100 shown, 37 more: use --limit" (or "more match" when not counted). */
export function cutNote(cut: LimitedRows<unknown>): string {
  const more = cut.total !== undefined && cut.total > cut.rows.length ? `${cut.total - cut.rows.length} more` : 'more match';
  return `the first ${cut.limit} shown, ${more}: use --limit`;
}

/** The line saying a limit cut the rows: under a table on a terminal, on standard error otherwise (JSON and CSV stay clean). */
async function noteCut(name: string, cut: LimitedRows<unknown>, out: LineWriter, format: OutputFormat): Promise<void> {
  const what = cutNote(cut);
  if (io().stdout.isTTY && format === 'text') await out.line(`(${what})`);
  else io().stderr.write(`dateline ${name}: ${what}\n`);
}

/**
 * Prints result rows: a JSON array (`--json`), CSV with a header (`--csv`), or an aligned
 * table for people (cells cut to their width on a terminal only). When `cut` says a limit
 * left rows out, one line says so (`name` is the command's). Returns when the output is flushed.
 */
export async function printRows<T extends object>(
  given: readonly T[] | LimitedRows<T>,
  columns: readonly Column<T>[],
  format: OutputFormat,
  name = '',
): Promise<void> {
  const cut = 'more' in given ? given : undefined;
  const rows = 'more' in given ? given.rows : given;
  const terminal = io().stdout.isTTY === true;
  const out = new LineWriter(io().stdout);
  if (format === 'json') {
    await out.line(JSON.stringify(rows, null, 2));
  } else if (format === 'csv') {
    const keys = rows[0] ? (Object.keys(rows[0]) as (keyof T & string)[]) : columns.map((c) => c.key);
    await out.line(csvLine(keys));
    for (const row of rows) await out.line(csvLine(keys.map((k) => row[k])));
  } else {
    const cells = rows.map((row) => columns.map((c) => clip(row[c.key], terminal ? c.width : undefined)));
    const widths = columns.map((c, i) => Math.max(c.key.length, ...cells.map((r) => r[i]?.length ?? 0)));
    await out.line(
      columns
        .map((c, i) => c.key.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    for (const r of cells)
      await out.line(
        r
          .map((v, i) => v.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      );
    if (rows.length === 0) await out.line('(nothing found)');
  }
  if (cut?.more) await noteCut(name, cut, out, format);
  await out.flush();
}
