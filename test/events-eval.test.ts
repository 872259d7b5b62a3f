import { describe, expect, it } from 'vitest';
import { emptyEventCounts, scoreEvents, summarizeEvents } from '../src/eval/events/score.js';
import { goldDate } from '../src/eval/timeline/gold.js';
import { emptyTimelineCounts, scoreTimeline } from '../src/eval/timeline/score.js';
import { readTimeml } from '../src/eval/timex/timeml.js';

// A TimeML document written for this test (no corpus text).
const TML = `<?xml version="1.0" ?>
<TimeML><DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-02" functionInDocument="CREATION_TIME">2026-03-02</TIMEX3></DCT>
<TEXT>The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2026-03-01">Sunday</TIMEX3> the bridge would <EVENT eid="e2" class="OCCURRENCE">reopen</EVENT> &amp; traffic <EVENT eid="e3" class="I_ACTION">tried</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="POS" modality="would" pos="VERB" />
</TimeML>`;

describe('TimeML reader keeps EVENT tags', () => {
  const doc = readTimeml('t1', TML);
  it('reads events with offsets into the plain text, their class and MAKEINSTANCE attributes', () => {
    expect(doc.events.map((e) => [doc.text.slice(e.start, e.end), e.class, e.tense, e.modality])).toEqual([
      ['said', 'REPORTING', 'PAST', undefined],
      ['reopen', 'OCCURRENCE', 'NONE', 'would'],
      ['tried', 'I_ACTION', undefined, undefined],
    ]);
    expect(doc.timexes.map((t) => t.value)).toEqual(['2026-03-01']);
    expect(doc.text).toContain('reopen & traffic');
  });
});

describe('TempEval-3 task B counts', () => {
  it('scores strict spans, then the class on matched spans', () => {
    const c = emptyEventCounts();
    const gold = [
      { start: 0, end: 4, class: 'REPORTING' },
      { start: 10, end: 16, class: 'OCCURRENCE' },
      { start: 20, end: 25, class: 'STATE' },
    ];
    const predicted = [
      { start: 0, end: 4, class: 'REPORTING' }, // right
      { start: 10, end: 16, class: 'STATE' }, // span right, class wrong
      { start: 20, end: 24, class: 'STATE' }, // span off by one: no match
      { start: 30, end: 33, class: 'OCCURRENCE' }, // spurious
    ];
    scoreEvents(gold, predicted, c);
    const s = summarizeEvents(c);
    expect([c.matched, c.classRight]).toEqual([2, 1]);
    expect(s.trigger.p).toBeCloseTo(50);
    expect(s.trigger.r).toBeCloseTo(66.667, 2);
    expect(s.class.f).toBeCloseTo((2 * 25 * 33.333) / (25 + 33.333), 2);
  });
});

describe('timeline scoring', () => {
  it.each([
    ['2008-02-XX', '2008-02'],
    ['2008-XX-XX', '2008'],
    ['2008-02-14', '2008-02-14'],
    ['XXXX-XX-XX', null],
  ])('gold date %s → %s', (g, v) => {
    expect(goldDate(g)).toBe(v);
  });

  it('links by span (or another place of the surface), dates at the gold granularity, counts repeats once', () => {
    const gold = {
      entity: 'Acme',
      name: 'acme',
      entries: [
        { date: '2008-02-XX', mentions: [{ doc: 'd1', start: 10, end: 15, alts: [[10, 15] as const, [40, 45] as const] }] },
        { date: 'XXXX-XX-XX', mentions: [{ doc: 'd2', start: 5, end: 9 }] },
        { date: '2009', mentions: [{ doc: 'd2', start: 5, end: 9, repeat: true }] },
      ],
    };
    const c = emptyTimelineCounts();
    scoreTimeline(
      gold,
      [
        { doc_id: 'd1', start: 40, end: 45, date: '2008-02' }, // linked and dated (another place of the surface)
        { doc_id: 'd2', start: 5, end: 9, date: '2009-01-01' }, // linked, wrong date (gold: unanchored)
        { doc_id: 'd2', start: 5, end: 9, date: null }, // the same mention again: not counted twice
        { doc_id: 'd1', start: 0, end: 3, date: null }, // not in the timeline
      ],
      c,
    );
    expect(c).toEqual({ gold: 2, predicted: 3, linked: 2, dated: 1 });
  });
});
