import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { assemble } from './assemble.js';
import { extendCues } from './cue-extent.js';
import { linkSpans } from './link.js';
import { type AttributionModel, loadModel } from './model-file.js';
import { quoteState } from './quotes.js';
import { ruleSpans } from './rules.js';
import { tagAttributionSpans } from './tag.js';

/**
 * Who said what: sources, cues and contents tagged by a perceptron learned on PolNeAR,
 * linked into attributions, with rules for quotations; speakers resolved through the
 * entities layer when present; dates from the cue's timex when the time layer is present.
 */
export function createAttributionStage(model: AttributionModel | null = loadModel()): Stage {
  return {
    name: 'attribution',
    requires: ['tokens', 'sentences', 'paragraphs'],
    provides: ['attributions'],
    uses: ['entities', 'timexes'],
    run(doc: Doc, ctx) {
      const tokens = doc.get('tokens');
      const input = { tokens, sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs') };
      const inside = quoteState(tokens, input.paragraphs).inside;
      const spans = model ? tagAttributionSpans(input, model).spans : [];
      const timexes = doc.find('timexes');
      const linked = extendCues(tokens, ruleSpans(input, inside, linkSpans(tokens, spans), ctx), timexes);
      doc.set('attributions', assemble({ text: doc.text, tokens, inside, entities: doc.find('entities'), timexes }, linked));
    },
  };
}
