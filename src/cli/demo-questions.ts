import type { Store } from '../store/store.js';
import { io } from './io.js';
import { clip } from './summary.js';

/** A few questions to the demo store, printed for people, each with the command that asks it. */
export async function demoQuestions(store: Store): Promise<void> {
  const out = (line: string) => io().stdout.write(`${line}\n`);
  const stats = await store.stats();
  out(
    `▌ the store: ${stats.articles} articles, ${stats.entities} entities, ${stats.attributions} attributions, ${stats.timexes} time expressions`,
  );

  const entities = await store.entities({ limit: 5 });
  out('\n$ dateline entities --limit 5');
  if (entities.length === 0) out('  (no entities: the entity stage is not in this build yet)');
  for (const e of entities)
    out(`  ${e.type.padEnd(6)} ${e.name}  ×${e.mentions} in ${e.articles} article(s), ${e.first_seen ?? '?'} … ${e.last_seen ?? '?'}`);

  const quotes = await store.quotes({ limit: 5 });
  out('\n$ dateline quotes --limit 5');
  if (quotes.length === 0) out('  (no attributions: the attribution stage is not in this build yet)');
  for (const q of quotes) out(`  ${q.said ?? 'undated'}  ${q.speaker ?? 'unknown'}: ${clip(q.quote, 90)}`);

  const person = entities.find((e) => e.type === 'PERSON');
  if (person) {
    const rows = await store.timeline({ entity: String(person.id), limit: 5 });
    out(`\n$ dateline timeline ${JSON.stringify(person.name)}`);
    for (const r of rows) out(`  ${r.date ?? 'undated'}  ${r.kind.padEnd(9)} ${clip(r.text, 90)}`);
  }

  // A search for what these articles are about (their most mentioned name), not a fixed word
  // that the user's own articles may not hold.
  const topic = entities[0]?.name;
  if (topic === undefined) return;
  const query = topic.includes(' ') ? `"${topic}"` : topic;
  const hits = await store.search(query, 3);
  out(`\n$ dateline search '${query.replace(/'/g, "'\\''")}'`);
  for (const h of hits) out(`  #${h.article} ${h.date ?? ''}  ${clip(h.snippet, 100)}`);
}
