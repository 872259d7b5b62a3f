import type { Doc } from '../doc/doc.js';
import type { DocumentOutput } from '../output/schema.js';

const MAX_QUOTE = 90;

/** The text on one line, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = MAX_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A short, readable account of one analysed article, for people rather than programs. */
export function summarize(doc: Doc, out: DocumentOutput): string {
  const lines: string[] = [];
  const headline = doc.text.trim().split('\n')[0] ?? '';
  lines.push(`▌ ${doc.id}  (${out.date ?? 'undated'})`, `  ${clip(headline, 110)}`);
  const sentences = doc.find('sentences')?.length ?? 0;
  const tokens = doc.find('tokens')?.length ?? 0;
  lines.push(`  ${sentences} sentences, ${tokens} tokens`);
  lines.push(`  entities (${out.entities.length})`);
  for (const e of out.entities.slice(0, 12)) {
    const roles = e.roles.length > 0 ? ` — ${e.roles.join('; ')}` : '';
    lines.push(`    ${e.type.padEnd(6)} ${e.name}${roles}  ×${e.mentions.length}`);
  }
  lines.push(`  time expressions (${out.timexes.length})`);
  for (const t of out.timexes.slice(0, 12)) lines.push(`    ${JSON.stringify(t.text)} → ${t.value} (${t.type})`);
  lines.push(`  attributions (${out.attributions.length})`);
  for (const a of out.attributions.slice(0, 12)) {
    const who = a.speaker?.name ?? a.source?.text ?? 'unknown source';
    const cue = a.cue ? ` ${a.cue.text}` : '';
    const when = a.date ? ` [${a.date}]` : '';
    lines.push(`    ${who}${cue}${when}: ${clip(a.content.text)}`);
  }
  if (out.events.length > 0) {
    lines.push(`  events (${out.events.length})`);
    for (const e of out.events.slice(0, 12)) lines.push(`    ${e.type} “${e.trigger.text}” ${e.date ?? ''} ${e.place ?? ''}`.trimEnd());
  }
  return lines.join('\n');
}
