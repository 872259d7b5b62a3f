import { crosses, type LinkedSpans } from './linked-spans.js';

/** A step of the attribution stage: the document's linked spans in, linked spans out (`X` is what it reads of the document). */
export interface Step<X> {
  readonly name: string;
  run(x: X, linked: readonly LinkedSpans[]): readonly LinkedSpans[];
}

/** Per attribution, the steps that changed it (or made it), in order. */
export type StepTrail = WeakMap<LinkedSpans, readonly string[]>;

/** What a step's output `l` came from: the same place when the step kept the count, else the first whose content overlaps. */
function before(l: LinkedSpans, k: number, input: readonly LinkedSpans[], output: readonly LinkedSpans[]): LinkedSpans | undefined {
  if (input.length === output.length) return input[k];
  return input.find((p) => crosses(p.content, l.content));
}

/**
 * Runs `steps` in order, leaving out those named in `off` (ablations). With `trail`, records
 * for each attribution the steps that changed it: a step changes one when it returns a new
 * object in its place (steps return the same object for one they leave alone).
 */
export function runSteps<X>(
  steps: readonly Step<X>[],
  x: X,
  off: ReadonlySet<string> | undefined,
  trail?: StepTrail,
): readonly LinkedSpans[] {
  let linked: readonly LinkedSpans[] = [];
  for (const step of steps) {
    if (off?.has(step.name)) continue;
    const input = linked;
    linked = step.run(x, input);
    if (!trail) continue;
    const kept = new Set(input);
    linked.forEach((l, k) => {
      if (kept.has(l)) return;
      const from = before(l, k, input, linked);
      trail.set(l, [...((from && trail.get(from)) ?? []), step.name]);
    });
  }
  return linked;
}
