import type { Command } from 'commander';
import { CONTRADICTION_KINDS, type ListedPair } from '../doc/contradiction.js';
import type { DocClaim } from '../stages/contradictions/cross.js';
import type { ContradictionsOptions } from './contradictions-store.js';
import { io, setExitCode } from './io.js';
import { dateOption, filterText } from './options.js';
import { LineWriter, reportError } from './stdio.js';
import { storeOptions } from './store-command.js';

/** Pairs within and across the documents under `paths`, analysed without a store. */
async function pairsOfPaths(paths: readonly string[], options: ContradictionsOptions): Promise<{ pairs: ListedPair[]; failed: number }> {
  const { defaultPipeline } = await import('../analysis/default-pipeline.js');
  const { analyseInputs } = await import('../analysis/analyse.js');
  const { listInDoc, listCross } = await import('../stages/contradictions/listing.js');
  const { crossPairs } = await import('../stages/contradictions/cross.js');
  const { portableClaims } = await import('../stages/claims/portable.js');
  const { loadSynonyms } = await import('../stages/claims/synonyms.js');
  const synonyms = loadSynonyms();
  const pairs: ListedPair[] = [];
  const claims: DocClaim[] = [];
  let failed = 0;
  for await (const result of analyseInputs(defaultPipeline(), paths, { date: options.date })) {
    if (!result.ok) {
      failed++;
      reportError(result.where, result.error.code, result.error.message);
      continue;
    }
    for (const p of result.doc.find('contradictions') ?? []) pairs.push(listInDoc(result.output.id, p));
    for (const c of portableClaims(result.doc.find('claims') ?? [], synonyms)) claims.push({ doc: result.output.id, claim: c });
  }
  for (const p of crossPairs(claims)) pairs.push(listCross(p));
  return { pairs, failed };
}

/** `dateline contradictions`: divergent accounts, in the given documents or across the store. */
export async function runContradictions(paths: readonly string[], options: ContradictionsOptions): Promise<number> {
  const { keepPair, formatPair } = await import('../stages/contradictions/listing.js');
  let pairs: ListedPair[];
  let failed = 0;
  if (paths.length > 0) ({ pairs, failed } = await pairsOfPaths(paths, options));
  else {
    const { storedPairs } = await import('./contradictions-store.js');
    pairs = await storedPairs(options);
  }
  const out = new LineWriter(io().stdout);
  for (const p of pairs.filter((x) => keepPair(x, options))) {
    await out.line(options.json ? JSON.stringify(p) : formatPair(p));
    if (out.closed) break;
  }
  await out.flush();
  return failed > 0 ? 1 : 0;
}

export function registerContradictions(program: Command): void {
  const command = program
    .command('contradictions')
    .description('where accounts disagree: divergent pairs within and across articles, both sides with dates and sources')
    .argument('[paths...]', 'analyse these files or folders without a store (pairs within and across them); none: the store', [])
    .option('--about <entity>', 'a holder, or words either side holds', filterText('--about'))
    .option('--kind <kind>', `one kind: ${CONTRADICTION_KINDS.join(', ')}`)
    .option('--since <YYYY-MM-DD>', 'either side said on or after', dateOption('--since'))
    .option('--date <YYYY-MM-DD>', 'publication date of plain-text articles that state none', dateOption('--date'))
    .option('--json', 'one JSON object a line: {kind, a: {doc, start, end, text, holder, date}, b, reason, confidence}');
  storeOptions(command, false).action(async (paths: string[], options: ContradictionsOptions) => {
    if (options.kind && !(CONTRADICTION_KINDS as readonly string[]).includes(options.kind))
      program.error(`E_USAGE: unknown --kind ${JSON.stringify(options.kind)}; use one of ${CONTRADICTION_KINDS.join(', ')}`, {
        exitCode: 2,
      });
    setExitCode(await runContradictions(paths, options));
  });
}
