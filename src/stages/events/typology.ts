/**
 * The news typology: what analysts code events as (close to ACLED's event types and CAMEO's
 * root codes), each with the lemmas that state it, verbs and nouns alike. Written from
 * general knowledge of English news wording; a trigger whose lemma is in none is `other`.
 * Documented in docs/events.md.
 */
export const NEWS_TYPES = [
  'statement',
  'report',
  'killing',
  'attack',
  'arrest',
  'designation',
  'deployment',
  'meeting',
  'election',
  'resignation',
  'agreement',
  'sanction',
  'protest',
  'court-ruling',
  'other',
] as const;
export type NewsType = (typeof NEWS_TYPES)[number];

const LEMMAS: Record<Exclude<NewsType, 'other'>, string> = {
  statement:
    'say tell state add declare announce comment remark told stress insist assert affirm confirm deny reiterate warn ' +
    'explain note claim argue acknowledge admit urge vow pledge promise statement announcement remarks comment ' +
    'speech address testify testimony decry criticize criticise condemn praise voice',
  report: 'report publish reveal disclose leak cite broadcast article story investigation expose',
  killing: 'kill murder assassinate slay execute behead massacre homicide assassination killing slaying execution',
  attack:
    'attack bomb bombing airstrike shell shelling ambush raid assault shoot shooting fire gunfire explode explosion ' +
    'blast invade invasion offensive clash storm hijack stab stabbing',
  arrest: 'arrest detain detention capture apprehend jail imprison custody extradite extradition indict indictment charge',
  designation: 'designate designation label blacklist classify',
  deployment: 'deploy deployment dispatch station mobilize mobilise mobilization reinforce reinforcement troop send',
  meeting: 'meet meeting summit talk talks conference negotiation negotiate visit consultation gathering',
  election: 'elect election vote voting ballot poll referendum reelect re-elect caucus runoff',
  resignation: 'resign resignation quit step oust ouster dismiss dismissal fire sack',
  agreement: 'agree agreement deal accord treaty pact sign ratify ceasefire truce settle settlement memorandum',
  sanction: 'sanction sanctions embargo tariff freeze blacklisting penalty penalize ban',
  protest: 'protest demonstrate demonstration rally march strike boycott riot sit-in unrest walkout',
  'court-ruling': 'rule ruling verdict sentence sentencing convict conviction acquit acquittal overturn uphold judgment appeal',
};

/** Lemmas two types share, settled by the class of the trigger or its words (see `newsType`). */
const TYPE_OF = new Map<string, NewsType>();
for (const type of Object.keys(LEMMAS) as Exclude<NewsType, 'other'>[]) {
  for (const lemma of LEMMAS[type].split(' ')) if (!TYPE_OF.has(lemma)) TYPE_OF.set(lemma, type);
}

/** "step down", "shot dead", "fire on": a lemma whose type depends on one of the next two words. */
const PHRASES: Record<string, Record<string, NewsType>> = {
  step: { down: 'resignation', aside: 'resignation' },
  shoot: { dead: 'killing' },
  fire: { on: 'attack', at: 'attack', upon: 'attack' },
  send: { troops: 'deployment', forces: 'deployment', soldiers: 'deployment' },
  strike: { deal: 'agreement', on: 'attack', against: 'attack' },
};

/** Lemmas that are a type only with the next word (PHRASES) and `other` alone. */
const ONLY_IN_PHRASES = new Set(['step', 'send', 'fire']);

/**
 * The news type of a trigger from its lemma, the next words and its TimeML class: a
 * REPORTING trigger is a report or else a statement; a phrase ("step down") wins over the lemma.
 */
export function newsType(lemma: string, next: readonly string[], cls: string): NewsType {
  const phrases = PHRASES[lemma];
  if (phrases) for (const w of next) if (phrases[w]) return phrases[w];
  const t = ONLY_IN_PHRASES.has(lemma) ? undefined : TYPE_OF.get(lemma);
  // a REPORTING trigger reports or states, whatever else its lemma can mean ("according" to)
  if (cls === 'REPORTING') return t === 'report' ? 'report' : 'statement';
  return t ?? 'other';
}
