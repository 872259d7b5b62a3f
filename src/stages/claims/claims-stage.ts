import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildClaims } from './build-claims.js';
import { loadSynonyms } from './synonyms.js';

/**
 * The `claims` stage: each attribution as a normalized claim (holder, date, polarity,
 * modality, predicate, arguments, quantities), the ground the contradiction finder compares.
 * Reported events join as a second source when an `events` layer is set before this stage.
 */
export function createClaimsStage(): Stage {
  const synonyms = loadSynonyms();
  return {
    name: 'claims',
    requires: ['tokens', 'entities', 'timexes', 'attributions'],
    provides: ['claims'],
    run(doc: Doc) {
      const events = doc.find('events');
      doc.set(
        'claims',
        buildClaims(
          {
            text: doc.text,
            tokens: doc.get('tokens'),
            entities: doc.get('entities'),
            timexes: doc.get('timexes'),
            attributions: doc.get('attributions'),
            ...(events ? { events } : {}),
          },
          synonyms,
        ),
      );
    },
  };
}
