import type { Gender } from '../mention.js';

/** A small hand-written list of common first names and the gender they usually mark. */
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler
aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
roy vincent ralph eugene russell bobby mason philip louis marco carlos luis jorge miguel pedro manuel andres andrés antonio
francisco javier alejandro ricardo fernando rafael sergio emmanuel vladimir sergei dmitry xi ali mohammed muhammad ahmed omar
hassan benjamin boris emmanuel olaf justin narendra recep volodymyr joe barack bill mike pete lindsey ted chuck mitch
rand elon jeff tim sundar satya hakeem bernie newt mitt jeb ted rick chris nigel keir rishi jair gustavo claudio enrique felipe vicente`.split(
  /\s+/,
);
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley
angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla claudia sheinbaum ana lucia lucía
sofia sofía valentina camila daniela gabriela fernanda guadalupe rosa carmen angela ursula giorgia theresa marine kristi
karoline nikki tulsi pam elise nancy kamala hillary marjorie liz ilhan alexandria claire nikki kirsten elizabeth tammy amy gina theresa angela jacinda`.split(
  /\s+/,
);

const GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE.map((n) => [n, 'm'] as [string, Gender]),
  ...FEMALE.map((n) => [n, 'f'] as [string, Gender]),
]);

/** The gender a first name usually marks, '?' when unknown or shared. */
export function genderOfFirstName(name: string): Gender {
  const lower = name.toLowerCase();
  const m = MALE.includes(lower);
  const f = FEMALE.includes(lower);
  if (m && f) return '?';
  return GENDERS.get(lower) ?? '?';
}
