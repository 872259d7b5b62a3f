import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { assemble } from './assemble.js';

/**
 * Who said it, and when: each attribution the attribution stage found (`attributionSpans`)
 * gets its speaker, resolved through the entities layer when present (pronouns, role and
 * organisation nominals, proxies, anonymous sources; docs/attribution.md), and its date, from
 * the cue's timex when the time layer is present. Sets the output layer `attributions`.
 */
export function createSpeakersStage(): Stage {
  return {
    name: 'speakers',
    requires: ['tokens', 'sentences', 'attributionSpans'],
    provides: ['attributions'],
    uses: ['entities', 'timexes'],
    run(doc: Doc) {
      const input = {
        text: doc.text,
        tokens: doc.get('tokens'),
        entities: doc.find('entities'),
        timexes: doc.find('timexes'),
        sentences: doc.get('sentences'),
        published: doc.date,
      };
      doc.set('attributions', assemble(input, doc.get('attributionSpans')));
    },
  };
}
