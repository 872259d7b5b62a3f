import type { Command } from 'commander';

/** `dateline eval ner`: not built yet (its stage has not landed). */
export function registerEvalNer(evalCommand: Command): void {
  evalCommand
    .command('ner')
    .description('score the ner stage (not available yet)')
    .action(() => {
      process.stderr.write('dateline: E_USAGE: eval ner is not available yet\n');
      process.exitCode = 2;
    });
}
