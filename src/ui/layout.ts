/**
 * The article view's highlights as a tree: every annotation of a `dateline/1` document
 * becomes a node `[start, end)` over the text, nested where spans nest. A span that
 * crosses another's end is cut there and continued (same `key`, next `part`), so every
 * node covers exactly `text.slice(start, end)`. Pure data: no DOM, testable in Node.
 */

export type HighlightKind = 'attribution' | 'source' | 'cue' | 'entity' | 'timex' | 'event';

/** Outer first where two spans cover the same words. */
const PRIORITY: Record<HighlightKind, number> = { attribution: 0, source: 1, cue: 2, event: 3, entity: 4, timex: 5 };

export interface Highlight {
  readonly kind: HighlightKind;
  /** One annotation, across its parts: `attribution:a3`, `entity:e2:1` (its second mention). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** What hover or focus shows: speaker, normalized date, rule … */
  readonly info: string;
  /** Where following it leads (a speaker's or entity's page), if anywhere. */
  readonly entity?: string;
}

export interface HighlightNode extends Highlight {
  /** 0 for the first piece of a cut span, then 1, 2 … */
  readonly part: number;
  readonly children: HighlightNode[];
}

interface SpanLike {
  readonly start: number;
  readonly end: number;
}

/** The document fields the view uses (a subset of dateline/1). */
export interface ViewDocument {
  readonly text: string;
  readonly entities: readonly {
    id: string;
    name: string;
    type: string;
    roles: readonly string[];
    mentions: readonly SpanLike[];
    rule?: string;
  }[];
  readonly attributions: readonly {
    id: string;
    type: string;
    content: SpanLike;
    cue: SpanLike | null;
    source: SpanLike | null;
    speaker: { entity: string | null; name: string } | null;
    date: string | null;
    rule?: string;
  }[];
  readonly timexes: readonly { start: number; end: number; type: string; value: string; rule?: string }[];
  readonly events?: readonly { id: string; type: string; trigger: SpanLike; date: string | null; place: string | null; rule?: string }[];
}

const parts = (...items: (string | null | undefined | false)[]) => items.filter(Boolean).join(' · ');
const ruleOf = (rule: string | undefined) => (rule ? `rule: ${rule}` : '');

/** Every annotation of the document as a highlight, in no particular order. */
export function highlightsOf(doc: ViewDocument): Highlight[] {
  const out: Highlight[] = [];
  for (const a of doc.attributions) {
    const speaker = a.speaker ? `speaker: ${a.speaker.name}` : 'speaker: unresolved';
    const said = a.date ? `said: ${a.date}` : '';
    const entity = a.speaker?.name;
    const base = { ...(entity ? { entity } : {}) };
    out.push({
      kind: 'attribution',
      key: `attribution:${a.id}`,
      ...a.content,
      info: parts(`${a.type} quote`, speaker, said, ruleOf(a.rule)),
      ...base,
    });
    if (a.source) out.push({ kind: 'source', key: `source:${a.id}`, ...a.source, info: parts('source', speaker, ruleOf(a.rule)), ...base });
    if (a.cue) out.push({ kind: 'cue', key: `cue:${a.id}`, ...a.cue, info: parts('cue', speaker, said, ruleOf(a.rule)), ...base });
  }
  for (const e of doc.entities) {
    const info = parts(`${e.type} ${e.name}`, e.roles.length > 0 && `roles: ${e.roles.join(', ')}`, ruleOf(e.rule));
    e.mentions.forEach((m, i) => {
      out.push({ kind: 'entity', key: `entity:${e.id}:${i}`, start: m.start, end: m.end, info, entity: e.name });
    });
  }
  doc.timexes.forEach((t, i) => {
    out.push({ kind: 'timex', key: `timex:${i}`, start: t.start, end: t.end, info: parts(`${t.type} ${t.value}`, ruleOf(t.rule)) });
  });
  for (const v of doc.events ?? []) {
    const info = parts(`event ${v.type}`, v.date && `date: ${v.date}`, v.place && `place: ${v.place}`, ruleOf(v.rule));
    out.push({ kind: 'event', key: `event:${v.id}`, ...v.trigger, info });
  }
  return out.map(({ kind, key, start, end, info, entity }) => ({ kind, key, start, end, info, ...(entity ? { entity } : {}) }));
}

function before(a: HighlightNode, b: HighlightNode): boolean {
  return a.start !== b.start ? a.start < b.start : a.end !== b.end ? a.end > b.end : PRIORITY[a.kind] < PRIORITY[b.kind];
}

/** The highlights nested into a tree (children in text order); crossing spans are cut. */
export function nestHighlights(highlights: readonly Highlight[]): HighlightNode[] {
  const queue: HighlightNode[] = highlights.map((h) => ({ ...h, part: 0, children: [] }));
  queue.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const roots: HighlightNode[] = [];
  const stack: HighlightNode[] = [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as HighlightNode;
    while (stack.length > 0 && (stack.at(-1) as HighlightNode).end <= node.start) stack.pop();
    const parent = stack.at(-1);
    let placed = node;
    if (parent && node.end > parent.end) {
      // Crosses its parent's end: keep the part inside, queue the rest where it starts.
      placed = { ...node, end: parent.end, children: [] };
      const rest: HighlightNode = { ...node, start: parent.end, part: node.part + 1, children: [] };
      let j = i + 1;
      while (j < queue.length && before(queue[j] as HighlightNode, rest)) j++;
      queue.splice(j, 0, rest);
    }
    (parent ? parent.children : roots).push(placed);
    stack.push(placed);
  }
  return roots;
}
