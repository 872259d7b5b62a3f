import { describe, expect, it } from 'vitest';
import { brief } from './support/time.js';

// Words and numbers that look like dates but are not (chrono-node alone takes several of them).
describe('time stage: no timex in', () => {
  it.each([
    ['the modal "may"', 'Officials may resign if the plan fails.'],
    ['"May I"', 'May I ask a question?'],
    ['"a second opinion"', 'She sought a second opinion from another doctor.'],
    ['"the second"', 'The second candidate withdrew.'],
    ['"the March of Dimes"', 'He gave money to the March of Dimes.'],
    ['a march', 'Thousands joined the march downtown.'],
    ['"sat"', 'The committee sat in silence.'],
    ['a fraction', 'Only 1/2 of the voters turned out.'],
    ['a sports score', 'The home team won 3-1.'],
    ['a phone number', 'Call the office at 555-0123 for details.'],
    ['a long phone number', 'Call (202) 555-0188 for help.'],
    ['a version number', 'The app reached version 2.1 of its design.'],
    ['an amount', 'The fund raised $2000 from donors.'],
    ['a count before a noun', 'Police arrested 1999 people.'],
    ['an age', 'The 44-year-old driver was arrested.'],
    ['"the fall of"', 'Historians study the fall of Rome.'],
    ['"now that"', 'Now that the vote is over, the talks resume.'],
    ['"as soon as"', 'They will act as soon as possible.'],
    ['a first name like a month', 'The minister Jan Novak arrived.'],
    ['a road number like a range', 'Route 2019-2023 was closed.'],
    ['a surname like a month', 'Voters backed May in the leadership race.'],
    ['"vote for May"', 'Many will vote for May and her party.'],
    ['a show title', 'She hosted Saturday Night Live.'],
    ['a kind of pay', 'Average hourly earnings rose.'],
    ['a programme title', "He spoke on ABC's This Week program."],
  ])('%s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });
});
