#!/usr/bin/env node
import { Command } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { registerDemo } from './demo.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerReanalyse } from './reanalyse.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerTimeline } from './timeline.js';
import { VERSION } from './version.js';
import { registerWatch } from './watch.js';

/** The `dateline` command: one file per subcommand registers itself here. */
export function createProgram(): Command {
  const program = new Command();
  program
    .name('dateline')
    .description('News intelligence: who said what, when and where, with every fact pointing at its words.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) });
  program.exitOverride((err) => {
    process.exit(err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2);
  });
  registerExtract(program);
  registerDemo(program);
  registerEval(program);
  registerIngest(program);
  registerReanalyse(program);
  registerQuotes(program);
  registerEntities(program);
  registerTimeline(program);
  registerSearch(program);
  registerShow(program);
  registerExport(program);
  registerWatch(program);
  return program;
}

// A reader that went away (`dateline … | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
});

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof DatelineError) {
    process.stderr.write(`dateline: ${error.code}: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
