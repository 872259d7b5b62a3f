import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatelineError } from '../../errors/codes.js';
import { type GoldAttribution, parseBrat } from './brat.js';

/** One article of a PolNeAR-style split: its text and the attributions of one annotator. */
export interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly attributions: GoldAttribution[];
  /** The `.ann` file read (the first in sorted order when several annotators annotated it). */
  readonly annFile: string;
}

const ANNOTATOR_SUFFIX = /_[0-9a-f]{4}$/;

/**
 * Reads a split folder holding `text/NAME.txt` and `attributions/NAME[_xxxx].ann`. When an
 * article has one `.ann` per annotator, the first in sorted order is used (all of them, as
 * separate documents, with `allAnnotators`: more training data).
 */
export function readBratSplit(dir: string, limit = Number.POSITIVE_INFINITY, allAnnotators = false): GoldDoc[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new DatelineError(
      'E_READ',
      `${dir} does not hold text/ and attributions/ folders; give a brat split folder (PolNeAR: corpus/polnear/dev)`,
    );
  }
  const chosen: [string, string][] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const stem = file.slice(0, -4);
    const id = ANNOTATOR_SUFFIX.test(stem) && !existsSync(join(textDir, `${stem}.txt`)) ? stem.replace(ANNOTATOR_SUFFIX, '') : stem;
    if (seen.has(id) && !allAnnotators) continue;
    seen.add(id);
    chosen.push([id, file]);
  }
  const docs: GoldDoc[] = [];
  for (const [id, annFile] of chosen) {
    if (docs.length >= limit) break;
    const textPath = join(textDir, `${id}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const { attributions } = parseBrat(readFileSync(join(annDir, annFile), 'utf8'), text);
    docs.push({ id, text, attributions, annFile });
  }
  return docs;
}
