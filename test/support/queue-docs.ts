import { writeFileSync } from 'node:fs';
import { syntheticArticle } from '../../src/bench/synthetic.js';

/**
 * Writes `count` small invented articles (src/bench/synthetic.ts: made-up people, places
 * and sentences, ~1,200 characters) as JSON lines to `file`, ids `PREFIX-0`…; returns the ids.
 */
export function writeQueueDocs(file: string, count: number, prefix = 'q'): string[] {
  const ids: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const { output, outlet } = syntheticArticle(i, 7);
    const id = `${prefix}-${i}`;
    ids.push(id);
    lines.push(JSON.stringify({ id, date: output.date, outlet, text: output.text }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return ids;
}
