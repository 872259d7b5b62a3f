import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { loadSynonyms } from '../claims/synonyms.js';
import { pairContext } from './context.js';
import { findPairs } from './find-pairs.js';
import { DEFAULT_PARAMS, type PairParams } from './params.js';

/**
 * The `contradictions` stage: divergent accounts inside one article (denials, statements
 * against reports, fact-checks, flip-flops, differing figures, differing accounts), each
 * with both spans, holders and dates, a reason, a confidence and its rule.
 */
export function createContradictionsStage(params: PairParams = DEFAULT_PARAMS): Stage {
  const synonyms = loadSynonyms();
  return {
    name: 'contradictions',
    requires: ['sentences', 'tokens', 'entities', 'claims'],
    provides: ['contradictions'],
    run(doc: Doc) {
      doc.set('contradictions', findPairs(pairContext(doc, synonyms, doc.meta.outlet ?? 'the article'), params));
    },
  };
}
