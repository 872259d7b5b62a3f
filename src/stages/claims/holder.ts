import type { Attribution, Entity } from '../../doc/layers.js';
import { entityKey } from './arguments.js';
import type { ClaimHolder } from './claim.js';
import { REPORT_NOUNS } from './lexicon.js';

/** An entity with the optional fields the entities stage adds (kind, anonymous). */
interface EntityExtras extends Entity {
  readonly kind?: string;
  readonly anonymous?: boolean;
}

/**
 * A source described, not named: a number or quantifier, then people by their post
 * ("three officials familiar with the plan", "a senior aide", "sources"). Rule `claims/anonymous-description`.
 */
const ANONYMOUS =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+|other|senior|current|former|and|u\.s\.|white house|administration|campaign|government|party|people|person)\s+)*(?:officials?|sources?|aides?|people|persons?|advisers?|advisors?|diplomats?|staffers?|insiders?|investigators?|lawmakers?|executives?|employees?|members?)\b/i;

/**
 * The holder of an attribution's claim: its resolved speaker, flagged anonymous when the
 * entity is a group the text does not name, and outlet when the entity is a news outlet or
 * the source is a report or document ("a recent report", "documents seen by …").
 * Rules `claims/holder-entity`, `claims/holder-name`, `claims/report-holder`.
 */
export function holderOf(a: Attribution, entities: readonly Entity[]): { holder: ClaimHolder | null; rule: string } {
  const speaker = a.speaker;
  const sourceWords = (a.source?.text ?? '').toLowerCase().split(/\W+/);
  const reportSource = sourceWords.some((w) => REPORT_NOUNS.has(w));
  if (!speaker) {
    if (reportSource && a.source)
      return {
        holder: { entity: null, name: a.source.text, key: nameKey(a.source.text), anonymous: false, outlet: true },
        rule: 'claims/report-holder',
      };
    return { holder: null, rule: 'claims/no-holder' };
  }
  const entity = speaker.entity ? (entities.find((e) => e.id === speaker.entity) as EntityExtras | undefined) : undefined;
  const anonymous =
    entity?.anonymous === true || (speaker as { anonymous?: unknown }).anonymous === true || (!entity && ANONYMOUS.test(speaker.name));
  const outlet = entity?.kind === 'news outlet' || reportSource;
  return {
    holder: { entity: speaker.entity, name: speaker.name, key: entity ? entityKey(entity) : nameKey(speaker.name), anonymous, outlet },
    rule: entity ? 'claims/holder-entity' : 'claims/holder-name',
  };
}

/** The key of a holder no entity stands for: `@` and its name, lower-cased. */
function nameKey(name: string): string {
  return `@${name.toLowerCase().trim()}`;
}
