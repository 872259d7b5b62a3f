import type { Doc } from './doc.js';
import type { LayerName } from './layers.js';

/** A broken span invariant: where, and what is wrong. */
export interface SpanViolation {
  readonly path: string;
  readonly problem: string;
}

interface SpanLike {
  start: number;
  end: number;
  text?: unknown;
}

function isSpanLike(value: unknown): value is SpanLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === 'number' && typeof v.end === 'number';
}

/** Keys whose range points elsewhere in the text and so is not nested in its parent. */
const POINTERS = new Set(['anchor']);

/**
 * Checks every span reachable from `root` against `text`: integer offsets, in bounds,
 * `text.slice(start, end) === span.text`, and each span nested inside its parent span.
 */
export function checkSpans(text: string, root: unknown, path = '$'): SpanViolation[] {
  const out: SpanViolation[] = [];
  walk(text, root, { root: path, steps: [] }, null, out);
  return out;
}

/**
 * Where the walk is: the steps from the root (array indices and keys), written out as
 * `$.a[0].b` only for a violation (building it for every value was most of the walk's cost).
 */
interface Where {
  readonly root: string;
  readonly steps: (string | number)[];
}

function pathOf(where: Where): string {
  let path = where.root;
  for (const step of where.steps) path = typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`;
  return path;
}

function walk(text: string, value: unknown, where: Where, parent: SpanLike | null, out: SpanViolation[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child !== 'object' || child === null) continue;
      where.steps.push(i);
      walk(text, child, where, parent, out);
      where.steps.pop();
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  let here = parent;
  if (isSpanLike(value)) {
    const { start, end } = value;
    if (!Number.isInteger(start) || !Number.isInteger(end))
      out.push({ path: pathOf(where), problem: `offsets ${start}, ${end} are not integers` });
    else if (start < 0 || end < start || end > text.length)
      out.push({ path: pathOf(where), problem: `[${start}, ${end}) is outside [0, ${text.length})` });
    else if (typeof value.text === 'string' && text.slice(start, end) !== value.text) {
      out.push({
        path: pathOf(where),
        problem: `text ${JSON.stringify(value.text)} differs from the slice ${JSON.stringify(text.slice(start, end))}`,
      });
    }
    if (parent && (start < parent.start || end > parent.end)) {
      out.push({ path: pathOf(where), problem: `[${start}, ${end}) is not inside its parent [${parent.start}, ${parent.end})` });
    }
    here = value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    // A pointer to other words (a timex's governing verb) lies outside its owner's span.
    if (typeof child === 'object' && child !== null) {
      where.steps.push(key);
      walk(text, child, where, POINTERS.has(key) ? null : here, out);
      where.steps.pop();
    }
  }
}

/** Checks every layer of `doc`; returns the violations (empty when all hold). */
export function checkDoc(doc: Doc, layers: readonly LayerName[] = doc.layerNames()): SpanViolation[] {
  const out: SpanViolation[] = [];
  for (const name of layers) out.push(...checkSpans(doc.text, doc.find(name), name));
  return out;
}
