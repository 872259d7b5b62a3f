#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { VERSION } from '../version.js';
import { registerContradictions } from './contradictions.js';
import { registerDemo } from './demo.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { type CliIo, processIo, withIo } from './io.js';
import { registerJobs } from './jobs.js';
import { registerQuotes } from './quotes.js';
import { registerReanalyse } from './reanalyse.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerStance } from './stance.js';
import { registerTimeline } from './timeline.js';
import { registerWatch } from './watch.js';
import { registerWorker } from './worker.js';

/**
 * The `dateline` command: one file per subcommand registers itself here, one line each.
 * A command file imports only what its options need; its implementation is loaded inside
 * its action (`await import(...)`), so that `--help` starts in a few tens of milliseconds.
 */
export function createProgram(given: CliIo): Command {
  const program = new Command();
  program
    .name('dateline')
    .description('News intelligence: who said what, when and where, with every fact pointing at its words.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => given.stdout.write(text),
      writeErr: (text) => given.stderr.write(text),
      outputError: (text, write) => write(text),
    })
    .exitOverride();
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
  registerContradictions(program);
  registerStance(program);
  registerServe(program);
  registerWatch(program);
  registerWorker(program);
  registerJobs(program);
  return program;
}

/**
 * Runs `dateline ARGS…` with the given streams and returns its exit status: 0, 1 when a
 * document or the store failed, 2 on wrong usage. Nothing in a command exits the process,
 * so tests run the CLI in-process (test/support/cli.ts).
 */
export async function runCli(args: readonly string[], given: CliIo = processIo()): Promise<number> {
  return withIo(given, async () => {
    try {
      await createProgram(given).parseAsync([...args], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        given.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
      } else if (error instanceof DatelineError) {
        given.stderr.write(`dateline: ${error.code}: ${error.message}\n`);
        given.exitCode = 2;
      } else {
        throw error;
      }
    }
    return given.exitCode;
  });
}

function isMain(): boolean {
  const script = process.argv[1];
  try {
    return script !== undefined && realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  const given = processIo();
  // A reader that went away (`dateline … | head`) ends the command quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(given.exitCode);
    throw error;
  });
  const status = await runCli(process.argv.slice(2), given);
  // A command not yet on io() may still set process.exitCode itself: keep its status.
  if (status !== 0 || process.exitCode === undefined) process.exitCode = status;
}
