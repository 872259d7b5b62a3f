/**
 * Hand-written lists for titles and positions (lower-case): the head nouns of a role
 * ("secretary", "mayor"), the words that may stand inside one ("state", "foreign"), the
 * offices named after their place ("Mayor of Springfield"), and roles that mean the same.
 */
export const ROLE_HEADS = new Set(
  `president vice-president premier chancellor minister secretary senator sen. rep. representative congressman congresswoman
governor gov. mayor king queen prince princess pope cardinal bishop archbishop rabbi imam judge justice ambassador spokesman
spokeswoman spokesperson chairman chairwoman chair director ceo chief coach commissioner commander envoy leader treasurer
attorney sheriff councillor councilman councilwoman mp lawmaker general gen. colonel col. lieutenant lt. captain capt. major
admiral adm. sergeant sgt. prosecutor official founder head dean professor prof. editor correspondent analyst economist
spokesperson adviser advisor aide superintendent inspector officer detective marshal senator-elect president-elect
governor-elect mayor-elect speaker whip dictator monarch emperor sultan emir ayatollah sheikh chancellor-elect
`.split(/\s+/),
);

export const ROLE_MODIFIERS = new Set(
  `state foreign prime vice deputy assistant under acting interim former then-former then late first attorney general
defense defence interior homeland security affairs health finance treasury justice labor labour commerce energy education
transportation agriculture environment economy economic trade national senior chief executive press house majority minority
supreme federal district appeals circuit high court army navy air force police fire public safety white us u.s. un u.n. eu
european american mexican intelligence central bank bureau department ministry cabinet communications senate republican
democratic party policy regional municipal city county provincial s
`.split(/\s+/),
);

/** Offices named after the place they serve: "Springfield Mayor X" → "Mayor of Springfield". */
export const LOCAL_OFFICES = new Set(['mayor', 'governor', 'sheriff', 'bishop', 'archbishop', 'prefect', 'mayor-elect', 'governor-elect']);

/** Roles that name the same office (compared lower-case, place qualifiers dropped). */
export const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['secretary of state', 'top diplomat'],
  ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister', 'foreign secretary'],
  ['president', 'head of state', 'commander in chief', 'commander-in-chief'],
  ['secretary of defense', 'defense secretary', 'defence minister', 'defense minister', 'secretary of war', 'war secretary'],
  ['attorney general', 'justice minister', 'minister of justice'],
  ['prime minister', 'premier', 'head of government'],
  ['treasury secretary', 'secretary of the treasury', 'finance minister', 'minister of finance'],
];
