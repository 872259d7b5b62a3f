import { csvLine } from './csv.js';
import { io } from './io.js';
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

function clip(value: unknown, width: number | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const flat = text.replace(/\s+/g, ' ');
  if (width === undefined || flat.length <= width) return flat;
  return `${flat.slice(0, width - 1)}…`;
}

/**
 * Prints result rows: a JSON array (`--json`), CSV with a header (`--csv`), or an aligned
 * table for people. Returns when the output is flushed.
 */
export async function printRows<T extends object>(rows: readonly T[], columns: readonly Column<T>[], format: OutputFormat): Promise<void> {
  const out = new LineWriter(io().stdout);
  if (format === 'json') {
    await out.line(JSON.stringify(rows, null, 2));
  } else if (format === 'csv') {
    const keys = rows[0] ? (Object.keys(rows[0]) as (keyof T & string)[]) : columns.map((c) => c.key);
    await out.line(csvLine(keys));
    for (const row of rows) await out.line(csvLine(keys.map((k) => row[k])));
  } else {
    const cells = rows.map((row) => columns.map((c) => clip(row[c.key], c.width)));
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
  await out.flush();
}
