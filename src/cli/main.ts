#!/usr/bin/env node
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Help } from 'commander';
import { loadInSteps, lowOpenFileLimit } from '../analysis/load-in-steps.js';
import { DatelineError } from '../errors/codes.js';
import { VERSION } from '../version.js';
import { COMMANDS, commandFor } from './commands.js';
import { limitHeapGrowth } from './heap-growth.js';
import { type CliIo, processIo, withIo } from './io.js';
import { printableLine } from './printable.js';

/**
 * The `dateline` program without its commands: name, version, output through GIVEN's
 * streams, commander's errors as dateline's one-line form.
 */
export function baseProgram(given: CliIo): Command {
  const program = new Command();
  program
    .name('dateline')
    .description('News intelligence: who said what, when and where, with every fact pointing at its words.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => given.stdout.write(text),
      writeErr: (text) => given.stderr.write(text),
      outputError: (text, write) => write(usageLine(text)),
    })
    .exitOverride();
  return program;
}

/**
 * The `dateline` command for ARGS. The command ARGS name is loaded and registered (its file
 * declares its options and imports its implementation inside its action); for anything else
 * (`--help`, `--version`, an unknown name) every command is listed from the table in
 * commands.ts without loading a command file, so `--help` loads commander and that table only.
 */
export async function createProgram(given: CliIo, args: readonly string[]): Promise<Command> {
  const program = baseProgram(given);
  const named = commandFor(args);
  if (named) {
    (await named.load())(program);
    return program;
  }
  const terms = new Map<Command, string>();
  const help = new Help();
  program.configureHelp({ subcommandTerm: (cmd: Command) => terms.get(cmd) ?? help.subcommandTerm(cmd) });
  for (const entry of COMMANDS) terms.set(program.command(entry.name).description(entry.description), entry.term);
  return program;
}

/**
 * commander's `error: …` as dateline's one-line form `dateline: CODE: reason` (E_USAGE
 * unless the reason names its code, as an option parser's does), control characters shown.
 */
export function usageLine(text: string): string {
  const reason = printableLine(text.replace(/^error: /, '').trimEnd());
  const coded = reason.match(/^(.*?)\b(E_[A-Z_]+): (.*)$/);
  if (!coded) return `dateline: E_USAGE: ${reason}\n`;
  const [, before = '', code = '', after = ''] = coded;
  const context = before.replace(/[\s.:]+$/, '');
  return `dateline: ${code}: ${after}${context ? ` (${context})` : ''}\n`;
}

/**
 * Runs `dateline ARGS…` with the given streams and returns its exit status: 0, 1 when a
 * document or the store failed, 2 on wrong usage. Nothing in a command exits the process,
 * so tests run the CLI in-process (test/support/cli.ts).
 */
export async function runCli(args: readonly string[], given: CliIo = processIo()): Promise<number> {
  return withIo(given, async () => {
    try {
      // A process's arguments cannot hold NUL; an in-process caller's could (PostgreSQL refuses it in a query).
      if (args.some((a) => a.includes('\u0000'))) throw new DatelineError('E_USAGE', 'an argument holds a NUL character');
      await (await createProgram(given, args)).parseAsync([...args], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        // commander's own status is 0 for help and the version (`--help`, `help`, `help NAME`, `--version`), 1 for the rest.
        given.exitCode = error.exitCode === 0 ? 0 : 2;
      } else if (error instanceof DatelineError) {
        given.stderr.write(`dateline: ${error.code}: ${printableLine(error.message)}\n`);
        given.exitCode = 2;
      } else {
        throw error;
      }
    }
    return given.exitCode;
  });
}

/**
 * Under a low limit on open files (`ulimit -n 256` and below), the command's modules are
 * loaded one file at a time before it runs: Node would read its whole module graph at once
 * (src/analysis/load-in-steps.ts). `--help`, `--version` and a normal limit skip this.
 */
async function loadCommandUnderLowLimit(args: readonly string[]): Promise<void> {
  const name = args[0];
  if (name === undefined || !/^[a-z]+$/.test(name) || !lowOpenFileLimit()) return;
  const file = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(file)) await loadInSteps(file);
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
  limitHeapGrowth(); // before any work: a long ingest's peak memory (issue #18)
  const given = processIo();
  // A reader that went away (`dateline … | head`) ends the command quietly; any other
  // failure to write (ENOSPC: a full disk) ends it with one line and status 1, no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(given.exitCode);
    process.stderr.write(`dateline: E_WRITE: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(1);
  });
  await loadCommandUnderLowLimit(process.argv.slice(2));
  const status = await runCli(process.argv.slice(2), given);
  // A command not yet on io() may still set process.exitCode itself: keep its status.
  if (status !== 0 || process.exitCode === undefined) process.exitCode = status;
}
