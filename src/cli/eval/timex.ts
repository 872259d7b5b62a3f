import type { Command } from 'commander';

/** `dateline eval timex`: not built yet (its stage has not landed). */
export function registerEvalTimex(evalCommand: Command): void {
  evalCommand
    .command('timex')
    .description('score the timex stage (not available yet)')
    .action(() => {
      process.stderr.write('dateline: E_USAGE: eval timex is not available yet\n');
      process.exitCode = 2;
    });
}
