import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { EvalResult } from '../../eval/timex/run-eval.js';
import { io, setExitCode } from '../io.js';

interface TimexEvalOptions {
  readonly timeml?: string;
  readonly baseline?: string;
  readonly json?: boolean;
  readonly errors?: string;
}

function f(n: number): string {
  return n.toFixed(2).padStart(6);
}

function report(name: string, r: EvalResult): string {
  const s = r.scores;
  const c = s.counts;
  return [
    `system: ${name}  files: ${r.files}  gold: ${c.gold}  system: ${c.system}  (${r.seconds.toFixed(1)} s)`,
    '             P       R      F1',
    `strict   ${f(s.strict.precision)}  ${f(s.strict.recall)}  ${f(s.strict.f1)}`,
    `relaxed  ${f(s.relaxed.precision)}  ${f(s.relaxed.recall)}  ${f(s.relaxed.f1)}`,
    `type accuracy  ${f(s.typeAccuracy)}   type F1  ${f(s.typeF1)}`,
    `value accuracy ${f(s.valueAccuracy)}   value F1 ${f(s.valueF1)}`,
  ].join('\n');
}

/** `dateline eval timex --timeml DIR`: TempEval-3 scoring of the time stage (or of chrono alone). */
export function registerEvalTimex(evalCommand: Command): void {
  evalCommand
    .command('timex')
    .description('score time expressions on TimeML files, TempEval-3 style (strict/relaxed extent, type, value)')
    .option('--timeml <dir>', 'folder of TimeML .tml files (read recursively)')
    .option('--baseline <system>', "score a baseline instead of dateline: 'chrono' (chrono-node alone)")
    .option('--errors <n>', 'print the first n mismatches (missed, spurious, wrong value or type)')
    .option('--json', 'print the scores as JSON')
    .action(async (options: TimexEvalOptions) => {
      if (!options.timeml || !existsSync(options.timeml)) {
        io().stderr.write(`dateline: E_USAGE: --timeml needs an existing folder of .tml files (got ${options.timeml ?? 'none'})\n`);
        setExitCode(2);
        return;
      }
      if (options.baseline !== undefined && options.baseline !== 'chrono') {
        io().stderr.write(`dateline: E_USAGE: --baseline must be 'chrono' (got '${options.baseline}')\n`);
        setExitCode(2);
        return;
      }
      const { evaluateTimex } = await import('../../eval/timex/run-eval.js');
      const { chronoSystem, datelineSystem } = await import('../../eval/timex/systems.js');
      const { defaultPipeline } = await import('../../analysis/default-pipeline.js');
      const name = options.baseline === 'chrono' ? 'chrono-node (casual)' : 'dateline';
      const system = options.baseline === 'chrono' ? chronoSystem : datelineSystem(defaultPipeline());
      const result = evaluateTimex(options.timeml, system);
      if (options.json) {
        io().stdout.write(`${JSON.stringify({ system: name, files: result.files, ...result.scores })}\n`);
      } else {
        io().stdout.write(`${report(name, result)}\n`);
      }
      const limit = Number(options.errors ?? 0);
      for (const m of result.mismatches.slice(0, Number.isFinite(limit) ? limit : 0)) {
        const g = m.gold ? `${JSON.stringify(m.gold.text)} ${m.gold.type} ${m.gold.value}` : '-';
        const s = m.system
          ? `${JSON.stringify(m.system.text ?? '')} ${m.system.type} ${m.system.value} [${m.system.start},${m.system.end})`
          : '-';
        io().stdout.write(`${m.kind}\t${m.file}\t${g}\t${s}\n`);
      }
    });
}
