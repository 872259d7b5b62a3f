/**
 * `npm run golden`: regenerates the golden outputs of whole articles, `test/golden/<slug>.json`,
 * from the sample articles. Review the change as a diff (`git diff test/golden`) before
 * committing: it shows exactly what a change to a stage did to real output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseInputs } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { goldenView } from '../test/support/golden-view.js';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'test', 'golden');
mkdirSync(outDir, { recursive: true });
for await (const r of analyseInputs(defaultPipeline(), [join(root, 'samples')])) {
  if (!r.ok) throw new Error(`${r.where}: ${r.error.code}: ${r.error.message}`);
  const slug = basename(r.doc.id, '.txt');
  writeFileSync(join(outDir, `${slug}.json`), `${JSON.stringify(goldenView(r.output), null, 1)}\n`);
  console.log(`wrote test/golden/${slug}.json`);
}
