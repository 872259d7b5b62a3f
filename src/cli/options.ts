import { InvalidArgumentError } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { checkDate } from '../ingest/dates.js';

/** A commander parser for a date option (`--date`, `--from`, `--to`): a real `YYYY-MM-DD` date or a usage error naming the option. */
export function dateOption(name: string): (value: string) => string {
  return (value) => {
    try {
      return checkDate(value, name);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof DatelineError ? `E_DATE: ${error.message}` : String(error));
    }
  };
}
