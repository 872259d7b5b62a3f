import type { Command } from 'commander';

/** `dateline eval attribution`: not built yet (its stage has not landed). */
export function registerEvalAttribution(evalCommand: Command): void {
  evalCommand
    .command('attribution')
    .description('score the attribution stage (not available yet)')
    .action(() => {
      process.stderr.write('dateline: E_USAGE: eval attribution is not available yet\n');
      process.exitCode = 2;
    });
}
