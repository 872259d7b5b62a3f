import { casual, type ParsedResult } from 'chrono-node';
import { Doc } from '../../doc/doc.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { ScoredTimex } from './score.js';
import type { TimemlDoc } from './timeml.js';

/** Something that finds timexes in a TimeML document's text, given its creation date. */
export type TimexSystem = (doc: TimemlDoc) => ScoredTimex[];

/** dateline's pipeline (tokens → time) on the plain text, dated by the document's DCT. */
export function datelineSystem(pipeline: Pipeline): TimexSystem {
  return (tml) => {
    const doc = new Doc({ id: tml.id, date: tml.dct, text: tml.text, meta: {} });
    pipeline.run(doc);
    return doc.get('timexes');
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** chrono's date as TimeML would write it: the day, with the clock time when chrono read one. */
function chronoValue(result: ParsedResult): string {
  const d = result.start.date();
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return result.start.isCertain('hour') ? `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

/** chrono-node alone (casual English, reference = DCT at noon UTC), spans as chrono gives them. */
export const chronoSystem: TimexSystem = (tml) => {
  const [y, m, d] = (tml.dct ?? '2000-01-01').split('-').map(Number) as [number, number, number];
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  return casual.parse(tml.text, reference).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    type: r.start.isCertain('hour') ? 'TIME' : 'DATE',
    value: chronoValue(r),
  }));
};
