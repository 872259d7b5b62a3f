import type { Command } from 'commander';
import { io, setExitCode } from './io.js';
import { jobsFor, jobsOption } from './jobs-option.js';
import { dateOption, positiveSeconds } from './options.js';
import { LineWriter, reportError } from './stdio.js';

export interface ExtractOptions {
  readonly date?: string;
  readonly format: string;
  readonly maxSeconds?: number;
  readonly jobs?: number;
}

/** `dateline extract`: articles in, one `dateline/1` JSON object a line out. Returns the exit status. */
export async function runExtract(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const { createAnalysisPool } = await import('../analysis/pool/analysis-pool.js');
  const { analyseInputsOn } = await import('../analysis/pool/analyse-inputs.js');
  const inputs = paths.length > 0 ? paths : ['-'];
  const pool = await createAnalysisPool({ jobs: jobsFor(options.jobs, inputs), maxSeconds: options.maxSeconds });
  const out = new LineWriter(io().stdout);
  let failed = 0;
  try {
    for await (const result of analyseInputsOn(pool, inputs, { date: options.date, stdin: io().stdin })) {
      if (!result.ok) {
        failed++;
        reportError(result.where, result.error.code, result.error.message);
        continue;
      }
      await out.line(result.json ?? JSON.stringify(result.output));
      if (out.closed) break;
    }
  } finally {
    await pool.close();
  }
  await out.flush();
  return failed > 0 ? 1 : 0;
}

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description('analyse articles and print one dateline/1 JSON object per document (JSONL)')
    .argument('[paths...]', 'files, folders (read recursively, sorted), http(s) URLs of pages or feeds, or - for standard input', [])
    .option('--date <YYYY-MM-DD>', 'publication date of plain-text articles that state none', dateOption('--date'))
    .option('--format <format>', 'output format (jsonl)', 'jsonl')
    .option(
      '--max-seconds <s>',
      'most seconds of analysis for one document; a slower one fails with E_TOO_SLOW',
      positiveSeconds('--max-seconds'),
      300,
    );
  jobsOption(command)
    .addHelpText(
      'after',
      `
Input kinds: dateline text (.txt starting "date YYYY-MM-DD"), plain text (.txt; date from
--date or a YYYY-MM-DD in the file name), JSON lines (.jsonl/.ndjson: {"id","text","date"?}),
HTML pages (.html/.htm or an http(s) URL: the article body as text; title, url, outlet,
authors, published and language as metadata; the publication day is the date) and
RSS/Atom feeds given by URL (every item's page).
A document that cannot be read prints "path[:line]: CODE: reason" on stderr and the rest go on.
Exit status: 0 all documents analysed, 1 some failed, 2 wrong usage.

Example:
  npx dateline extract ../shared/corpus/seed/000_55c9251e3f2fe33f.txt`,
    )
    .action(async (paths: string[], options: ExtractOptions) => {
      if (options.format !== 'jsonl')
        program.error(`E_USAGE: unknown --format ${JSON.stringify(options.format)}; use jsonl`, { exitCode: 2 });
      setExitCode(await runExtract(paths, options));
    });
}
