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
  walk(text, root, path, null, out);
  return out;
}

function walk(text: string, value: unknown, path: string, parent: SpanLike | null, out: SpanViolation[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(text, value[i], `${path}[${i}]`, parent, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  let here = parent;
  if (isSpanLike(value)) {
    const { start, end } = value;
    if (!Number.isInteger(start) || !Number.isInteger(end)) out.push({ path, problem: `offsets ${start}, ${end} are not integers` });
    else if (start < 0 || end < start || end > text.length)
      out.push({ path, problem: `[${start}, ${end}) is outside [0, ${text.length})` });
    else if (typeof value.text === 'string' && text.slice(start, end) !== value.text) {
      out.push({ path, problem: `text ${JSON.stringify(value.text)} differs from the slice ${JSON.stringify(text.slice(start, end))}` });
    }
    if (parent && (start < parent.start || end > parent.end)) {
      out.push({ path, problem: `[${start}, ${end}) is not inside its parent [${parent.start}, ${parent.end})` });
    }
    here = value;
  }
  for (const [key, child] of Object.entries(value)) {
    // A pointer to other words (a timex's governing verb) lies outside its owner's span.
    if (typeof child === 'object' && child !== null) walk(text, child, `${path}.${key}`, POINTERS.has(key) ? null : here, out);
  }
}

/** Checks every layer of `doc`; returns the violations (empty when all hold). */
export function checkDoc(doc: Doc, layers: readonly LayerName[] = doc.layerNames()): SpanViolation[] {
  const out: SpanViolation[] = [];
  for (const name of layers) out.push(...checkSpans(doc.text, doc.find(name), name));
  return out;
}
