import type { Command } from 'commander';
import { ANNOTATION_COLUMNS, annotationTable } from './annotation-table.js';
import { csvLine } from './csv.js';
import { io, setExitCode } from './io.js';
import { LineWriter } from './stdio.js';
import { type DbOptions, storeOptions, withStore } from './store-command.js';

export interface ExportOptions extends DbOptions {
  readonly json?: boolean;
  readonly csv?: boolean;
}

const CSV_COLUMNS = ANNOTATION_COLUMNS;

/** `dateline export`: every current article as dateline/1 JSON lines, or its annotations as CSV. */
export async function runExport(options: ExportOptions): Promise<number> {
  return withStore('export', { db: options.db }, async (store) => {
    const out = new LineWriter(io().stdout);
    if (options.csv) await out.line(csvLine(CSV_COLUMNS));
    for await (const doc of store.documents()) {
      if (options.csv) {
        for (const row of annotationTable(doc)) await out.line(csvLine(CSV_COLUMNS.map((c) => row[c])));
      } else {
        await out.line(JSON.stringify(doc));
      }
      if (out.closed) break;
    }
    await out.flush();
    return 0;
  });
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('print the stored articles: JSON lines in schema dateline/1 (default, --json), or every annotation as CSV (--csv)');
  storeOptions(command).action(async (options: ExportOptions) => {
    setExitCode(await runExport(options));
  });
}
