import { describe, expect, it } from 'vitest';
import { brief, problems } from './support/time.js';

// Sentences written for these tests; the document date is Friday 2025-11-14.
describe('time stage: dates named from the document date', () => {
  it.each([
    ['weekday, past tense', 'The minister resigned on Thursday.', ['Thursday|DATE|2025-11-13']],
    ['weekday, future tense', 'The board will vote on Tuesday.', ['Tuesday|DATE|2025-11-18']],
    ['weekday with "next"', 'They meet next Monday.', ['next Monday|DATE|2025-11-17']],
    [
      'each weekday from the verb of its own clause',
      'Clinton spoke at a rally Tuesday night and will travel to Ohio on Thursday.',
      ['Tuesday night|DATE|2025-11-11TNI', 'Thursday|DATE|2025-11-20'],
    ],
    ['weekday with "last"', 'Talks collapsed last Friday.', ['last Friday|DATE|2025-11-07']],
    ['weekday and part of day', 'Police arrived Wednesday night.', ['Wednesday night|DATE|2025-11-12TNI']],
    ['today and yesterday', 'The mayor spoke today after a vote yesterday.', ['today|DATE|2025-11-14', 'yesterday|DATE|2025-11-13']],
    ['tomorrow', 'The court rules tomorrow.', ['tomorrow|DATE|2025-11-15']],
    ['this morning', 'Shares fell this morning.', ['this morning|TIME|2025-11-14TMO']],
    ['month and day', 'The strike began Nov. 3.', ['Nov. 3|DATE|2025-11-03']],
    ['full date', 'The treaty was signed on March 5, 1998.', ['March 5, 1998|DATE|1998-03-05']],
    ['past verb, "on" a day just ahead: last year', 'He turned 80 on Nov. 20.', ['Nov. 20|DATE|2024-11-20']],
    ['past verb, a deadline just ahead: this year', 'The offer was extended to Nov. 20.', ['Nov. 20|DATE|2025-11-20']],
    [
      'a stated weekday picks the year',
      'The next vote was held on Tuesday, Nov. 3, 2026 and Friday, Jan. 2.',
      ['Tuesday, Nov. 3, 2026|DATE|2026-11-03', 'Friday, Jan. 2|DATE|2026-01-02'],
    ],
    ['day before month', 'Polls close on 1 December 2025.', ['1 December 2025|DATE|2025-12-01']],
    ['month, past tense reaches back', 'The agency was founded in February.', ['February|DATE|2025-02']],
    ['month, future tense looks ahead', 'The agency will open in February.', ['February|DATE|2026-02']],
    ['month after "are due"', 'Elections are due in May.', ['May|DATE|2026-05']],
    ['month after "for"', 'The trial is scheduled for March.', ['March|DATE|2026-03']],
    ['month after a modal perfect: no tense', 'The scandal could have an impact in December.', ['December|DATE|2025-12']],
    ['month and year', 'Prices peaked in July 2024.', ['July 2024|DATE|2024-07']],
    ['last with a month ahead of the date', 'He was shot last December.', ['last December|DATE|2024-12']],
    ['last with the same month', 'Talks began last November.', ['last November|DATE|2024-11']],
    ['bare year', 'The law passed in 1998.', ['1998|DATE|1998']],
    ['a range of years', 'The report covers 2019-2023.', ['2019|DATE|2019', '2023|DATE|2023']],
    ['a season of years', 'The 1998-99 season ended early.', ['1998|DATE|1998', '99|DATE|1999']],
    ['last month', 'Sales dropped last month.', ['last month|DATE|2025-10']],
    ['next year', 'Elections are due next year.', ['next year|DATE|2026']],
    ['this week', 'Protests grew earlier this week.', ['earlier this week|DATE|2025-W46']],
    ['the last week', 'Prices rose in the last week.', ['the last week|DATE|2025-W45']],
    ['a year ago', 'The plant closed a year ago.', ['a year ago|DATE|2024']],
    ['counted days ago', 'He left three days ago.', ['three days ago|DATE|2025-11-11']],
    ['quarter', 'Profit rose in the third quarter.', ['the third quarter|DATE|2025-Q3']],
    ['hyphenated quarter', 'Fourth-quarter earnings will be released soon.', ['Fourth-quarter|DATE|2025-Q4']],
    ['quarter and year', 'Output fell in the first quarter of 2024.', ['the first quarter of 2024|DATE|2024-Q1']],
    ['season', 'The trial began last summer.', ['last summer|DATE|2025-SU']],
    ['fiscal year', 'Revenue grew in fiscal 2024.', ['fiscal 2024|DATE|2024']],
    ['fiscal year, short', 'Revenue grew in FY2024.', ['FY2024|DATE|2024']],
    ['ISO week by number', 'Deliveries resume in week 45 of 2025.', ['week 45 of 2025|DATE|2025-W45']],
    ['the week of a day', 'Talks ended the week of March 6, 2000.', ['the week of March 6, 2000|DATE|2000-W10']],
    ['decade', 'The city boomed in the 1990s.', ['the 1990s|DATE|199']],
    ['clock time', 'The blast came at 10:35 a.m. on Friday.', ['10:35 a.m. on Friday|TIME|2025-11-14T10:35']],
    ['holiday', 'Stores open on Thanksgiving Day.', ['Thanksgiving Day|DATE|2025-11-27']],
    ['"sat" before a clock time is no Saturday', 'The jury sat at 10 a.m. and may return.', ['10 a.m.|TIME|2025-11-14T10:00']],
    ['numeric date', 'Version 10.2 ships 11/20/2025.', ['11/20/2025|DATE|2025-11-20']],
    [
      'the next day, from the day before',
      'The storm hit on Nov. 3 and the river rose the next day.',
      ['Nov. 3|DATE|2025-11-03', 'the next day|DATE|2025-11-04'],
    ],
    ['month of a relative year', 'The firm was sold in June last year.', ['June last year|DATE|2024-06']],
    ['spoken year', 'The mill closed in nineteen ninety-six.', ['nineteen ninety-six|DATE|1996']],
    [
      'a year earlier, from the quarter before',
      'Profit rose in the third quarter from a year earlier.',
      ['the third quarter|DATE|2025-Q3', 'a year earlier|DATE|2024-Q3'],
    ],
    ['the weekend', 'The fire destroyed homes over the weekend.', ['the weekend|DATE|2025-W45-WE']],
    ['future tense near a past date', 'We will count ballots cast from Nov. 10 onward.', ['Nov. 10|DATE|2025-11-10']],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('time stage: durations, sets and references', () => {
  it.each([
    ['counted years', 'He served three years in prison.', ['three years|DURATION|P3Y']],
    ['the past three years', 'Costs doubled over the past three years.', ['the past three years|DURATION|P3Y']],
    ['hours', 'The meeting lasted two hours.', ['two hours|DURATION|PT2H']],
    ['adjective of length', 'They signed a five-year deal.', ['five-year|DURATION|P5Y']],
    ['the first nine months', 'Sales rose in the first nine months.', ['the first nine months|DURATION|P9M']],
    ['vague count', 'The feud lasted several years.', ['several years|DURATION|PXY']],
    ['a half', 'The hearing lasted 5 1/2 hours.', ['5 1/2 hours|DURATION|PT5H30M']],
    ['and a half', 'He spent two and a half years abroad.', ['two and a half years|DURATION|P2Y6M']],
    ['a couple of', 'The rally lasted a couple of days.', ['a couple of days|DURATION|P2D']],
    ['later is outside', 'Three days later, the rebels withdrew.', ['Three days|DURATION|P3D']],
    ['every week', 'The council meets every week.', ['every week|SET|P1W']],
    ['every weekday', 'The market opens every Thursday.', ['every Thursday|SET|XXXX-WXX-4']],
    ['daily', 'The paper prints the figures daily.', ['daily|SET|P1D']],
    ['weekday and part of day, every week', 'Every Monday morning the team meets.', ['Every Monday morning|SET|XXXX-WXX-1TMO']],
    ['plural weekday', 'Clinics open on Mondays.', ['Mondays|SET|XXXX-WXX-1']],
    ['every n years', 'Every four years, Americans vote.', ['Every four years|SET|P4Y']],
    ['a frequency', 'Volunteers call voters two nights a week.', ['two nights a week|SET|P1W']],
    ['now', 'The town is now quiet.', ['now|DATE|PRESENT_REF']],
    ['recently', 'The rules changed recently.', ['recently|DATE|PAST_REF']],
    ['the future', 'Nobody knows the future.', ['the future|DATE|FUTURE_REF']],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('time stage: an article without a date leaves relative values open', () => {
  it.each([
    ['weekday', 'The minister resigned on Thursday.', ['Thursday|DATE|XXXX-WXX-4']],
    ['yesterday', 'The vote was held yesterday.', ['yesterday|DATE|XXXX-XX-XX']],
    ['month and day', 'The strike began Nov. 3.', ['Nov. 3|DATE|XXXX-11-03']],
    ['month', 'The agency was founded in February.', ['February|DATE|XXXX-02']],
    ['last month', 'Sales dropped last month.', ['last month|DATE|XXXX-XX']],
    ['last year', 'Sales dropped last year.', ['last year|DATE|XXXX']],
    ['quarter', 'Profit rose in the third quarter.', ['the third quarter|DATE|XXXX-Q3']],
    ['stated dates stay', 'The treaty was signed on March 5, 1998.', ['March 5, 1998|DATE|1998-03-05']],
    ['durations stay', 'He served three years.', ['three years|DURATION|P3Y']],
  ])('%s', (_name, text, expected) => {
    expect(brief(text, null)).toEqual(expected);
  });
});

describe('time stage: reports what it could not resolve', () => {
  it.each([
    ['an undated article with a relative date', 'He resigned on Thursday.', null, ['time/no-document-date']],
    ['a dated article', 'He resigned on Thursday.', '2025-11-14', []],
    ['an undated article with stated dates only', 'The treaty was signed on March 5, 1998.', null, []],
  ])('%s', (_name, text, date, expected) => {
    expect(problems(text, date)).toEqual(expected);
  });
});
