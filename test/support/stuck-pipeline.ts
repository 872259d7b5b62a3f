import type { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

/**
 * A pipeline module for pool tests (`PipelineRecipe.module`): one stage that sets the
 * tokens layer empty, spins forever on a text containing STUCK, and throws on one
 * containing CRASH. `options.version` becomes the stage's version.
 */
export function createPipeline(options: { version?: string } = {}): Pipeline {
  return Pipeline.build([
    {
      name: 'tokens',
      requires: [],
      provides: ['paragraphs', 'sentences', 'tokens'],
      ...(options.version ? { version: options.version } : {}),
      run: (doc: Doc) => {
        if (doc.text.includes('CRASH')) throw new Error('crashed on purpose');
        if (doc.text.includes('STUCK')) for (;;);
        doc.set('paragraphs', []);
        doc.set('sentences', []);
        doc.set('tokens', []);
      },
    },
  ]);
}
