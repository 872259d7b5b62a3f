import type { PortableClaim } from '../../doc/portable-claim.js';
import { type Claim, stancePolarity } from './claim.js';
import { selfReference } from './self-reference.js';
import { subjectKey } from './subject.js';
import type { Synonyms } from './synonyms.js';

export type { PortableClaim };

/** A document's claims in the form other documents and the store can compare (`PortableClaim`). */
export function portableClaims(claims: readonly Claim[], synonyms: Synonyms): PortableClaim[] {
  return claims.map((c, idx) => {
    const self = selfReference(c);
    const entities = [...new Set([...c.args.flatMap((a) => (a.key ? [a.key] : [])), ...(self ? [self] : [])])];
    const predicate = c.predicate?.lemma ?? null;
    return {
      idx,
      start: c.span.start,
      end: c.span.end,
      text: c.span.text,
      holder: c.holder ? { key: c.holder.key, name: c.holder.name, anonymous: c.holder.anonymous, outlet: c.holder.outlet } : null,
      date: c.date,
      stance: stancePolarity(c),
      modality: c.modality,
      predicate,
      predicateKeys: predicate ? [predicate, ...(synonyms.verbs.get(predicate) ?? [])] : [],
      topics: [...new Set([...(c.holder ? [c.holder.key] : []), ...entities])],
      entities,
      keys: c.keys,
      quantities: c.quantities.map((q) => ({ value: q.value, unit: q.unit })),
      subject: subjectKey(c),
    };
  });
}
