/** Invented texts for scripts/bench-scaling.ts: a news article of any length and hostile repeats. */
const FIRST = ['Tamsin', 'Odalys', 'Halvik', 'Berit', 'Casimir', 'Ilona', 'Joaquim', 'Marit', 'Ned', 'Priya'];
const LAST = ['Quorl', 'Brenn', 'Ferro', 'Lindqvist', 'Ayodele', 'Varga', 'Moreau', 'Okonkwo', 'Sato', 'Haddad'];
const PLACES = ['Port Ambrin', 'Velmora', 'the Kessel valley', 'North Drava', 'Solberg'];
const ORGS = ['the Qelt Union', 'Ambrin Freight', 'the Velmora council', 'the Drava Water Board'];
const MONTHS = ['January', 'March', 'June', 'September', 'November'];

/** A sentence of invented news, varied by `i` (names, numbers, dates, quotes, cues). */
function sentence(i: number): string {
  const p = `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}`;
  const q = `${FIRST[(i * 3 + 1) % 10]} ${LAST[(i * 5 + 2) % 10]}`;
  const place = PLACES[i % 5];
  const org = ORGS[(i * 3) % 4];
  const n = (i * 37) % 1000;
  switch (i % 8) {
    case 0:
      return `${p}, a spokesperson for ${org}, said on Monday that ${n} workers would return in ${MONTHS[i % 5]}.`;
    case 1:
      return `“We have waited ${n % 30} months for a fair offer,” ${p} told reporters in ${place}.`;
    case 2:
      return `According to ${q}, the talks in ${place} collapsed last week after ${org} rejected a proposal.`;
    case 3:
      return `The council voted ${n % 9} to ${(n + 4) % 9} on Thursday to fund a new bridge across the river.`;
    case 4:
      return `${q} said the plan would cost about $${n} million a year, and that ${p} had agreed.`;
    case 5:
      return `“If the authority wants to avoid a strike, it knows where to find us,” she added.`;
    case 6:
      return `Officials in ${place} expect the report by ${MONTHS[(i + 2) % 5]} ${2000 + (i % 26)}, ${q} wrote.`;
    default:
      return `The ${(org ?? '').replace('the ', '')} statement, released late on Friday, did not mention ${p}.`;
  }
}

export function article(words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentence(i);
    parts.push(s, i % 4 === 3 ? '\n\n' : ' ');
    count += s.split(' ').length;
  }
  return parts.join('');
}

export const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
