/**
 * A claim as it leaves its document, to be compared with claims of other documents and kept in
 * the store: entities are named by keys that hold across documents (`@clinton`), not by the
 * document's own entity ids. Made by the claims stage's `portableClaims`; read by the
 * cross-document pass and the store's `claims` table.
 */
export interface PortableClaim {
  /** Its index in the document's claims layer. */
  readonly idx: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly holder: {
    readonly key: string;
    readonly name: string;
    readonly anonymous: boolean;
    readonly outlet: boolean;
  } | null;
  readonly date: string | null;
  /** The polarity the holder commits to (a denial turns the content round). */
  readonly stance: 'affirmed' | 'negated';
  readonly modality: string;
  readonly predicate: string | null;
  /** Keys of the predicate verb (its lemma and WordNet keys), for comparing predicates. */
  readonly predicateKeys: readonly string[];
  /** Keys of the entities it is about: its holder's and its arguments'. */
  readonly topics: readonly string[];
  /** Keys of the argument entities only. */
  readonly entities: readonly string[];
  readonly keys: readonly (readonly string[])[];
  readonly quantities: readonly { readonly value: number; readonly unit: string }[];
  /** Key of the entity its predicate is said of, when the content shows it (`claims/subject`); absent in rows stored before. */
  readonly subject?: string | null;
}
