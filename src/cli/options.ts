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

/** Most characters a text filter (`--speaker`, `--about`, `--outlet`, `--text`, `--name`) takes. */
export const MAX_FILTER_CHARS = 1000;

/** A commander parser for a text filter: at most MAX_FILTER_CHARS characters, else E_USAGE (a database refuses long LIKE patterns). */
export function filterText(name: string): (value: string) => string {
  return (value) => {
    if (value.length > MAX_FILTER_CHARS)
      throw new InvalidArgumentError(`E_USAGE: ${name} takes at most ${MAX_FILTER_CHARS} characters (this one has ${value.length})`);
    return value;
  };
}

/** A commander parser for a number of seconds (`--max-seconds`, `--batch-seconds`): finite and above 0, else E_USAGE. */
export function positiveSeconds(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1e7) {
      throw new InvalidArgumentError(
        `E_USAGE: ${name} takes a number of seconds above 0 (at most 10,000,000), not ${JSON.stringify(value)}`,
      );
    }
    return n;
  };
}
