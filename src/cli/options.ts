import { InvalidArgumentError } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { checkDate } from '../ingest/dates.js';

/** commander parser for `--date`: a real `YYYY-MM-DD` date or a usage error. */
export function parseDateOption(value: string): string {
  try {
    return checkDate(value, '--date');
  } catch (error) {
    throw new InvalidArgumentError(error instanceof DatelineError ? `E_DATE: ${error.message}` : String(error));
  }
}
