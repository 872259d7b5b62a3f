import type { PortableClaim } from '../doc/portable-claim.js';

/**
 * The stored claims `linkCrossPairs` keeps between batches, in columns: each claim is a row of
 * small integers (`Int32Array`s) naming its strings and key lists in one table of distinct
 * values (`Interned`), about 52 bytes a claim instead of the ~1.5 KB of a parsed claim (issue
 * #18, memory; docs/scale.md). A claim is rebuilt as a `PortableClaim` only while it is judged
 * (`claim`), from the shared values, so judging reads the same fields it read before. What
 * judging never reads is not kept: `text` (read once, by `crossUsable`, before a claim is
 * added), `topics` and `quantities` come back empty.
 */
export class ClaimColumns {
  private readonly values = new Interned();
  /** This batch's copies of the shared key bags (`newBatch`). */
  private bags = new Map<number, readonly (readonly string[])[]>();
  private size = 0;
  private cols: Int32Array[] = Array.from({ length: COLUMNS }, () => new Int32Array(1024));

  /** How many rows were added. */
  get rows(): number {
    return this.size;
  }

  /** Adds a claim of an article (`slot`: the caller's number for that article's current claims); returns its row. */
  add(slot: number, articleId: number, c: PortableClaim): number {
    if (this.size === (this.cols[0] as Int32Array).length) this.cols = this.cols.map((col) => grow(col));
    const v = this.values;
    const row = this.size++;
    const h = c.holder;
    const values = [
      slot,
      articleId,
      c.idx,
      c.start,
      c.end,
      v.string(c.date),
      c.stance === 'affirmed' ? 0 : 1,
      v.string(c.modality),
      h ? v.holder(h) : -1,
      v.string(c.predicate),
      v.list(c.predicateKeys),
      v.list(c.entities),
      v.bag(c.keys),
      v.string(c.subject ?? null),
    ];
    values.forEach((x, i) => {
      (this.cols[i] as Int32Array)[row] = x;
    });
    return row;
  }

  /**
   * Starts a batch: `claim` hands out new copies of the key bags, one per bag for the batch.
   * Judging keeps an index of each bag it meets for as long as the bag lives
   * (`frameSimilarity`'s WeakMap, 0.7–2 KB each): bags kept in the cache would keep their
   * indexes for good, a cost per distinct stored claim; a batch's copies let them go with the batch.
   */
  newBatch(): void {
    this.bags = new Map();
  }

  slot(row: number): number {
    return this.at(Col.Slot, row);
  }

  articleId(row: number): number {
    return this.at(Col.Article, row);
  }

  /** The claim of a row, rebuilt from the shared values (its lists are shared: read them only). */
  claim(row: number): PortableClaim {
    const v = this.values;
    const holder = this.at(Col.Holder, row);
    return {
      idx: this.at(Col.Idx, row),
      start: this.at(Col.Start, row),
      end: this.at(Col.End, row),
      text: '',
      holder: holder < 0 ? null : v.holderAt(holder),
      date: v.stringAt(this.at(Col.Date, row)),
      stance: this.at(Col.Stance, row) === 0 ? 'affirmed' : 'negated',
      modality: v.stringAt(this.at(Col.Modality, row)) ?? '',
      predicate: v.stringAt(this.at(Col.Predicate, row)),
      predicateKeys: v.listAt(this.at(Col.PredicateKeys, row)),
      topics: NONE,
      entities: v.listAt(this.at(Col.Entities, row)),
      keys: this.bag(this.at(Col.Keys, row)),
      quantities: NO_QUANTITIES,
      subject: v.stringAt(this.at(Col.Subject, row)),
    };
  }

  private bag(id: number): readonly (readonly string[])[] {
    const found = this.bags.get(id);
    if (found) return found;
    const copy = [...this.values.bagAt(id)];
    this.bags.set(id, copy);
    return copy;
  }

  private at(col: Col, row: number): number {
    return (this.cols[col] as Int32Array)[row] as number;
  }
}

enum Col {
  Slot,
  Article,
  Idx,
  Start,
  End,
  Date,
  Stance,
  Modality,
  Holder,
  Predicate,
  PredicateKeys,
  Entities,
  Keys,
  Subject,
}
const COLUMNS = 14;
const NONE: readonly string[] = [];
const NO_QUANTITIES: PortableClaim['quantities'] = [];

function grow(col: Int32Array): Int32Array {
  const out = new Int32Array(col.length * 2);
  out.set(col);
  return out;
}

type Holder = NonNullable<PortableClaim['holder']>;

/** One copy of each distinct string, key list, bag of key lists and holder, named by its index. */
class Interned {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly lists: (readonly string[])[] = [];
  private readonly listIds = new Map<string, number>();
  private readonly bags: (readonly (readonly string[])[])[] = [];
  private readonly bagIds = new Map<string, number>();
  private readonly holders: Holder[] = [];
  private readonly holderIds = new Map<string, number>();

  /** -1 for null. */
  string(s: string | null): number {
    if (s === null) return -1;
    return idOf(this.stringIds, this.strings, s, () => s);
  }

  stringAt(id: number): string | null {
    return id < 0 ? null : (this.strings[id] as string);
  }

  list(list: readonly string[]): number {
    const ids = list.map((s) => this.string(s));
    return idOf(this.listIds, this.lists, ids.join(','), () => ids.map((i) => this.strings[i] as string));
  }

  listAt(id: number): readonly string[] {
    return this.lists[id] as readonly string[];
  }

  bag(bag: readonly (readonly string[])[]): number {
    const ids = bag.map((l) => this.list(l));
    return idOf(this.bagIds, this.bags, ids.join(','), () => ids.map((i) => this.lists[i] as readonly string[]));
  }

  bagAt(id: number): readonly (readonly string[])[] {
    return this.bags[id] as readonly (readonly string[])[];
  }

  holder(h: Holder): number {
    const key = [this.string(h.key), this.string(h.name), h.anonymous ? 1 : 0, h.outlet ? 1 : 0].join(',');
    return idOf(this.holderIds, this.holders, key, () => ({
      key: this.strings[this.string(h.key)] as string,
      name: this.strings[this.string(h.name)] as string,
      anonymous: h.anonymous,
      outlet: h.outlet,
    }));
  }

  holderAt(id: number): Holder {
    return this.holders[id] as Holder;
  }
}

function idOf<T>(ids: Map<string, number>, values: T[], key: string, make: () => T): number {
  const found = ids.get(key);
  if (found !== undefined) return found;
  values.push(make());
  ids.set(key, values.length - 1);
  return values.length - 1;
}
