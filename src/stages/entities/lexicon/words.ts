/**
 * Hand-written word lists (no corpus text): titles, nationality words, organisation and
 * geographic-feature heads, months and weekdays. Lower-case.
 */
export const TITLES = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lady lord gen gen. general col col. colonel lt lt. lieutenant capt capt. captain maj maj. major sgt sgt. adm adm. admiral president vice-president premier chancellor minister secretary senator sen sen. sen. rep rep. representative congressman congresswoman governor gov gov. mayor king queen prince princess pope cardinal bishop archbishop rabbi imam judge justice ambassador spokesman spokeswoman spokesperson chairman chairwoman chair director ceo chief coach commissioner commander deputy envoy leader treasurer attorney sheriff councillor councilman councilwoman mp'.split(
    ' ',
  ),
);

export const DEMONYMS = new Set(
  'american americans mexican mexicans canadian canadians british english french german germans italian italians spanish spaniard russian russians chinese japanese korean indian pakistani afghan iranian iraqi israeli israelis palestinian palestinians syrian lebanese turkish turk turks egyptian saudi arab arabs european europeans african asian australian brazilian argentine argentinian colombian venezuelan cuban chilean peruvian ukrainian ukrainians polish dutch belgian swiss swedish norwegian danish finnish irish scottish welsh greek portuguese austrian hungarian czech romanian serbian croatian bosnian albanian nigerian kenyan ethiopian somali sudanese libyan tunisian algerian moroccan vietnamese thai filipino indonesian malaysian korean taiwanese haitian guatemalan honduran salvadoran nicaraguan jamaican dominican latino latina hispanic muslim muslims christian christians jewish jews catholic catholics protestant sunni shiite shia kurdish kurds democrat democrats republican republicans western soviet yemeni jordanian qatari emirati kuwaiti'.split(
    ' ',
  ),
);

export const ORG_HEADS = new Set(
  'inc inc. corp corp. corporation co co. ltd ltd. llc plc group bank party university college institute association union council committee ministry department agency commission court army navy police news times post journal press network airlines company organization organisation foundation fund federation league club team government parliament senate congress assembly'.split(
    ' ',
  ),
);

export const LOC_HEADS = new Set(
  'river mountains mountain mount mt. lake sea ocean gulf bay valley desert island islands peninsula strait canal coast basin plateau highlands forest park region'.split(
    ' ',
  ),
);

export const CONTINENTS = new Set([
  'africa',
  'asia',
  'europe',
  'antarctica',
  'oceania',
  'north america',
  'south america',
  'latin america',
  'middle east',
  'balkans',
  'caribbean',
]);

export const MONTHS_DAYS = new Set(
  'january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
