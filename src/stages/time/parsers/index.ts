import type { NewsParser } from '../types.js';
import { agoParser, yearEarlierParser } from './ago.js';
import { anaphoricParser } from './anaphoric.js';
import { deicticParser } from './deictic.js';
import { durationParser, longParser, vagueDurationParser } from './duration.js';
import { holidayParser } from './holiday.js';
import { dayMonthParser, monthDateParser, monthOfRelativeYearParser } from './month-date.js';
import { periodEdgeParser, weekendParser } from './period-edge.js';
import { quarterParser } from './quarter.js';
import { refParser } from './refs.js';
import { relativeUnitParser, theUnitParser } from './relative-unit.js';
import { seasonParser } from './season.js';
import { everyCountParser, frequencyParser, setParser } from './set.js';
import { spokenYearParser, yearEndParser } from './spoken-year.js';
import { isoWeekParser, weekOfParser } from './week.js';
import { weekdayParser } from './weekday.js';
import { centuryParser, decadeParser, fiscalYearParser, yearParser, yearRangeParser } from './year.js';

/**
 * The news layer's parsers. On overlapping finds the longest span wins; on equal spans the
 * earlier parser in this list wins (the order is data, checked by the merge, not a side effect).
 */
export const NEWS_PARSERS: readonly NewsParser[] = [
  monthDateParser,
  monthOfRelativeYearParser,
  dayMonthParser,
  holidayParser,
  weekOfParser,
  isoWeekParser,
  weekdayParser,
  deicticParser,
  quarterParser,
  seasonParser,
  agoParser,
  yearEarlierParser,
  anaphoricParser,
  relativeUnitParser,
  setParser,
  frequencyParser,
  everyCountParser,
  durationParser,
  longParser,
  vagueDurationParser,
  periodEdgeParser,
  weekendParser,
  theUnitParser,
  decadeParser,
  centuryParser,
  yearParser,
  fiscalYearParser,
  yearRangeParser,
  spokenYearParser,
  yearEndParser,
  refParser,
];
