import type { PortableClaim } from '../doc/portable-claim.js';
import { ClaimColumns } from './claim-columns.js';

/**
 * The usable claims of stored articles, kept between batches for `linkCrossPairs` (one per
 * store): in columns (`ClaimColumns`), with the candidate index kept beside them, so a batch
 * neither parses the claims of the articles it meets again nor indexes them again. The index
 * lists a claim's row under `entity\tstance` and `entity\tstance\tholder` (`byKey`): a claim
 * meets the other stance's claims (`judgeCross`) and its own stance's only under its own holder
 * (`restates`). An article's claims set again (a new analysis under the same article id) leave
 * their old rows in place, unread (`rowsUnder` reads only an article's latest rows).
 */
export class ClaimCache {
  readonly columns = new ClaimColumns();
  /** Article id → its latest slot; a slot's document id. */
  private readonly slots = new Map<number, number>();
  private readonly docIds: string[] = [];
  private readonly index = new Map<string, number[]>();
  /** Keys whose rows are not in (article id, row) order: an older article added after a newer one. */
  private readonly unsorted = new Set<string>();

  has(articleId: number): boolean {
    return this.slots.has(articleId);
  }

  /** Keeps these claims (the usable ones of one article, in claim order) as the article's. */
  set(articleId: number, docId: string, claims: readonly PortableClaim[]): void {
    const slot = this.docIds.length;
    this.docIds.push(docId);
    this.slots.set(articleId, slot);
    for (const c of claims) {
      const row = this.columns.add(slot, articleId, c);
      for (const e of new Set(c.entities)) {
        this.add(byKey(e, c.stance), row);
        if (c.holder) this.add(byKey(e, c.stance, c.holder.key), row);
      }
    }
  }

  docId(row: number): string {
    return this.docIds[this.columns.slot(row)] as string;
  }

  /** The latest rows under a key (`byKey`) of the articles in `among`, in article id then claim order. */
  *rowsUnder(key: string, among: ReadonlySet<number>): Generator<number> {
    const rows = this.index.get(key);
    if (!rows) return;
    if (this.unsorted.delete(key)) {
      const c = this.columns;
      rows.sort((x, y) => c.articleId(x) - c.articleId(y) || x - y);
    }
    for (const row of rows) {
      const articleId = this.columns.articleId(row);
      if (among.has(articleId) && this.slots.get(articleId) === this.columns.slot(row)) yield row;
    }
  }

  private add(key: string, row: number): void {
    const rows = this.index.get(key);
    if (!rows) {
      this.index.set(key, [row]);
      return;
    }
    const last = rows[rows.length - 1] as number;
    if (this.columns.articleId(last) > this.columns.articleId(row)) this.unsorted.add(key);
    rows.push(row);
  }
}

/** The index key of an entity and stance (and holder key). */
export function byKey(entity: string, stance: PortableClaim['stance'], holder?: string): string {
  return holder === undefined ? `${entity}\t${stance}` : `${entity}\t${stance}\t${holder}`;
}
