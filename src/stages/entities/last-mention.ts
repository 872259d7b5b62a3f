import type { WorkMention } from './mention.js';

/**
 * The mention of a list that starts last among those ending at or before a position, for a
 * position that only moves forward (a left-to-right pass over the tokens): each mention is
 * read once in all, where a scan per query read every mention each time (quadratic on long
 * texts). Ties go to the first in list order, as the scan `m.start > last.start` did.
 */
export class LastMentionBefore {
  readonly #mentions: readonly WorkMention[];
  /** Positions in the list, by end. */
  readonly #byEnd: number[];
  #next = 0;
  #best = -1;
  #at = Number.NEGATIVE_INFINITY;

  constructor(mentions: readonly WorkMention[]) {
    this.#mentions = mentions;
    this.#byEnd = mentions.map((_, i) => i).sort((a, b) => (mentions[a] as WorkMention).end - (mentions[b] as WorkMention).end || a - b);
  }

  /** The mention; `position` must not be less than at the call before. */
  before(position: number): WorkMention | undefined {
    if (position < this.#at) throw new RangeError(`LastMentionBefore: position ${position} moved back from ${this.#at}`);
    this.#at = position;
    while (this.#next < this.#byEnd.length && (this.#mentions[this.#byEnd[this.#next] as number] as WorkMention).end <= position)
      this.#consider(this.#byEnd[this.#next++] as number);
    return this.#best < 0 ? undefined : this.#mentions[this.#best];
  }

  /** A mention appended to the list since, ending at or before every later position. */
  appended(index: number): void {
    this.#consider(index);
  }

  #consider(i: number): void {
    const m = this.#mentions[i] as WorkMention;
    const best = this.#best < 0 ? undefined : (this.#mentions[this.#best] as WorkMention);
    if (!best || m.start > best.start || (m.start === best.start && i < this.#best)) this.#best = i;
  }
}
