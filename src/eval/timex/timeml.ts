import type { TimexType } from '../../doc/layers.js';
import { DatelineError } from '../../errors/codes.js';

/** One gold TIMEX3 with offsets into the plain text of the TEXT element. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
}

/** One gold EVENT with its class and, from its first MAKEINSTANCE, tense, aspect, polarity and modality. */
export interface GoldEvent {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly eid: string;
  readonly class: string;
  readonly tense?: string;
  readonly aspect?: string;
  readonly polarity?: string;
  readonly modality?: string;
}

/** A TimeML document: the TEXT element's plain text, its timexes and events, and the creation time. */
export interface TimemlDoc {
  readonly id: string;
  /** `YYYY-MM-DD` from the TIMEX3 with functionInDocument="CREATION_TIME"; null when absent. */
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: GoldTimex[];
  readonly events: GoldEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? `&${name};`;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
}

function creationTime(xml: string): string | null {
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.functionInDocument === 'CREATION_TIME') {
      const day = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(attrs.value ?? '');
      if (day) return `${day[1]}-${day[2]}-${day[3]}`;
    }
  }
  return null;
}

/** The first MAKEINSTANCE of each event id: its grammatical attributes. */
function instances(xml: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const m of xml.matchAll(/<MAKEINSTANCE\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    const id = attrs.eventID;
    if (id !== undefined && !out.has(id)) out.set(id, attrs);
  }
  return out;
}

function goldEvent(attrs: Record<string, string>, start: number, text: string, made: Map<string, Record<string, string>>): GoldEvent {
  const eid = attrs.eid ?? '';
  const inst = made.get(eid) ?? {};
  const extra: Record<string, string> = {};
  for (const k of ['tense', 'aspect', 'polarity', 'modality'] as const) if (inst[k] !== undefined) extra[k] = inst[k] as string;
  return { start, end: text.length, text: text.slice(start), eid, class: attrs.class ?? 'OCCURRENCE', ...extra };
}

/**
 * Reads a TimeML (.tml) file: strips the markup of the TEXT element, decoding entities,
 * and keeps each TIMEX3 and EVENT as offsets into the resulting plain text. The creation-time
 * TIMEX3 (outside TEXT) gives the document date and is not among the timexes.
 */
export function readTimeml(id: string, xml: string): TimemlDoc {
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < 0) throw new DatelineError('E_READ', `${id}: no TEXT element; is it a TimeML (.tml) file?`);
  const body = xml.slice(open.index + open[0].length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  const events: GoldEvent[] = [];
  const made = instances(xml);
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const eventStack: { start: number; attrs: Record<string, string> }[] = [];
  const token = /<(\/?)([\w:]+)([^>]*?)\/?>|&(#x?[0-9a-fA-F]+|\w+);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(token)) {
    if (m[2] !== undefined) {
      if (m[2] === 'EVENT') {
        if (m[1] === '/') {
          const top = eventStack.pop();
          if (top) events.push(goldEvent(top.attrs, top.start, text, made));
        } else if (!m[0].endsWith('/>')) eventStack.push({ start: text.length, attrs: attributes(m[3] ?? '') });
        continue;
      }
      if (m[2] !== 'TIMEX3') continue;
      if (m[1] === '/') {
        const top = stack.pop();
        if (top) {
          const type = top.attrs.type as TimexType;
          timexes.push({ start: top.start, end: text.length, text: text.slice(top.start), type, value: top.attrs.value ?? '' });
        }
      } else if (!m[0].endsWith('/>')) stack.push({ start: text.length, attrs: attributes(m[3] ?? '') });
    } else if (m[4] !== undefined) text += decodeEntity(m[4]);
    else text += m[0];
  }
  timexes.sort((a, b) => a.start - b.start);
  events.sort((a, b) => a.start - b.start);
  return { id, dct: creationTime(xml), text, timexes, events };
}
