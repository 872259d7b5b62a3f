import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';
import { DatelineError } from '../errors/codes.js';
import type { Problem, Stage } from './stage.js';

/** A problem with the stage that reported it. */
export interface StageProblem extends Problem {
  readonly stage: string;
}

/** Time spent per stage, summed over every document run. */
export type StageTimings = Map<string, number>;

/**
 * Stages in a checked order. `build` rejects an order in which a stage requires a layer
 * that no earlier stage provides (spaCy's analyze_pipes, done at build time).
 */
export class Pipeline {
  readonly stages: readonly Stage[];
  readonly provides: ReadonlySet<LayerName>;
  /** Processor milliseconds (user + system) per stage name, filled only when `timed` is set. */
  readonly timings: StageTimings = new Map();
  timed = false;
  /**
   * Most seconds one document may take (undefined: no limit). Checked after each stage: a
   * document over it fails with E_TOO_SLOW, and the batch goes on with the next one.
   */
  budgetSeconds: number | undefined = undefined;

  private constructor(stages: readonly Stage[], provides: ReadonlySet<LayerName>) {
    this.stages = stages;
    this.provides = provides;
  }

  static build(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
    const available = new Set<LayerName>(given);
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) {
        throw new DatelineError('E_PIPELINE', `stage '${stage.name}' appears twice in the pipeline`);
      }
      names.add(stage.name);
      const missing = stage.requires.filter((layer) => !available.has(layer));
      if (missing.length > 0) {
        const list = missing.map((m) => `'${m}'`).join(', ');
        throw new DatelineError(
          'E_PIPELINE',
          `stage '${stage.name}' requires layer ${list}, which no earlier stage provides; add a stage that provides it before '${stage.name}'`,
        );
      }
      for (const layer of stage.provides) available.add(layer);
    }
    stages.forEach((stage, i) => {
      for (const later of stages.slice(i + 1)) {
        const late = (stage.uses ?? []).filter((layer) => later.provides.includes(layer));
        if (late.length > 0) {
          throw new DatelineError(
            'E_PIPELINE',
            `stage '${stage.name}' uses layer '${late[0]}', but '${later.name}' provides it later; move '${later.name}' before '${stage.name}'`,
          );
        }
      }
    });
    return new Pipeline(stages, available);
  }

  /** Runs every stage on `doc` in order; returns the problems the stages reported. */
  run(doc: Doc): StageProblem[] {
    const problems: StageProblem[] = [];
    const started = performance.now();
    const budgetMs = this.budgetSeconds === undefined ? Number.POSITIVE_INFINITY : this.budgetSeconds * 1000;
    for (const stage of this.stages) {
      const ctx = { report: (p: Problem) => problems.push({ ...p, stage: stage.name }) };
      if (this.timed) {
        const t0 = process.cpuUsage();
        stage.run(doc, ctx);
        const t = process.cpuUsage(t0);
        this.timings.set(stage.name, (this.timings.get(stage.name) ?? 0) + (t.user + t.system) / 1000);
      } else {
        stage.run(doc, ctx);
      }
      for (const layer of stage.provides) {
        if (!doc.has(layer)) {
          throw new Error(`stage '${stage.name}' promised layer '${layer}' but did not set it on '${doc.id}'`);
        }
      }
      const spent = performance.now() - started;
      if (spent > budgetMs) {
        throw new DatelineError(
          'E_TOO_SLOW',
          `analysis took ${(spent / 1000).toFixed(1)} s (through stage '${stage.name}'), over --max-seconds ${this.budgetSeconds}; raise it or split the document`,
        );
      }
    }
    return problems;
  }
}
