/**
 * The first names the NER model's `firstName` gazetteer flag was trained with: a frozen
 * copy, so that growing the coreference name list (lexicon/first-names.ts) never changes
 * the model's features. Change it only together with retraining (`npm run train:ner`).
 */
const NAMES = new Set(
  `aaron abigail adam ahmed alan albert alejandro alexander alexandria alexis ali alice amanda amber amy ana andrea
andres andrew andrés angela ann anna anthony antonio arthur ashley austin barack barbara benjamin betty beverly bill
billy bobby boris brandon brenda brian brittany bruce bryan camila carl carlos carmen carol carolyn catherine charles
charlotte cheryl christian christina christine christopher chuck claudia cynthia daniel daniela danielle david deborah
debra denise dennis diana diane dmitry donald donna doris dorothy douglas dylan edward elijah elise elizabeth elon
emily emma emmanuel eric ethan eugene evelyn fernanda fernando frances francisco frank gabriel gabriela gary george
gerald giorgia gloria grace gregory guadalupe hakeem hannah harold hassan heather helen henry hillary ilhan isabella
jack jacob jacqueline james janet janice jason javier jean jeff jeffrey jennifer jeremy jerry jesse jessica joan joe
john jonathan jordan jorge jose joseph joshua joyce juan judith judy julia julie justin kamala karen karoline
katherine kathleen kathryn kayla keith kelly kenneth kevin kimberly kristi kyle larry laura lauren lawrence linda
lindsey lisa liz logan louis lucia lucía luis madison manuel marco margaret maria marie marilyn marine marjorie mark
martha mary mason matthew megan melissa michael michelle miguel mike mitch mohammed muhammad nancy narendra natalie
nathan nicholas nicole nikki noah olaf olivia omar pam pamela patricia patrick paul pedro pete peter philip rachel
rafael ralph rand randy raymond rebecca recep ricardo richard robert roger ronald rosa rose roy russell ruth ryan
samantha samuel sandra sara sarah satya scott sean sergei sergio sharon sheinbaum shirley sofia sofía sophia stephanie
stephen steven sundar susan ted teresa terry theresa thomas tim timothy tulsi tyler ursula valentina victoria vincent
virginia vladimir volodymyr walter wayne william willie xi zachary`.split(/\s+/),
);

export function isTrainedFirstName(lower: string): boolean {
  return NAMES.has(lower);
}
