import { englishFirstNames } from '../lexicon/first-names.js';

/**
 * The NER model's `firstName` gazetteer flag: the English first-name list of
 * `gender-detection-from-name` (pinned in package.json). A new version of that list
 * changes the model's features: retrain (`npm run train:ner`) when it changes.
 */
export function isTrainedFirstName(lower: string): boolean {
  return englishFirstNames().has(lower);
}

/** Every name of that list (lower case): what `isTrainedFirstName` answers true for. */
export function trainedFirstNames(): Iterable<string> {
  return englishFirstNames().keys();
}
