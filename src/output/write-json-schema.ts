import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DocumentSchema } from './schema.js';

/** The contract as JSON Schema, for users who validate dateline's output in other tools. */
export function jsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:dateline:schema:dateline-1',
    title: 'dateline/1 extract output (one JSON object per line)',
    ...z.toJSONSchema(DocumentSchema, { io: 'output', unrepresentable: 'any' }),
  };
}

if (process.argv[1]?.endsWith('write-json-schema.js')) {
  const target = process.argv[2] ?? 'schema/dateline-1.json';
  writeFileSync(target, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
