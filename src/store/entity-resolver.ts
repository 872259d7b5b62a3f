import { keyWords, nameKey, roleHeads, surnameAlias } from './entity-names.js';

/** A store-wide entity as the resolver knows it; `id` is null until it is written. */
export interface EntityRef {
  id: number | null;
  readonly type: string;
  readonly key: string;
  name: string;
  /** Head words of the roles seen with it ("senator", "attorney", "general"). */
  roles?: Set<string>;
  /** Gender stated for it in some article ('m' or 'f'). */
  gender?: string;
  /** Outlet and date of articles that named it (`outlet\u0000YYYY-MM-DD`). */
  seen?: Set<string>;
}

/** What an article says about a person besides the name: its roles and gender. */
export interface PersonHints {
  readonly roles?: readonly string[];
  readonly gender?: string;
  /** The outlet and publication date of the article (a last name in the same outlet within a month is the same person). */
  readonly outlet?: string | null;
  readonly date?: string | null;
}

/** Days apart within which one outlet's lone last name is taken for the person it named in full. */
const SAME_OUTLET_DAYS = 31;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** How a document entity was matched to a store-wide one (provenance for the merge). */
export type MatchRule = 'exact' | 'surname' | 'full-name-of-surname' | 'new';

export interface Resolution {
  readonly ref: EntityRef;
  readonly rule: MatchRule;
  /** Aliases to record for the entity (new ones only). */
  readonly aliases: readonly string[];
}

/**
 * One entity per real-world referent across articles. A name matches an entity of the
 * same type under its normalised full name (first name and last name agree). A last name
 * alone is not enough: a lone last name ("Okoye") joins the one person with that last
 * name ("Ngozi Okoye"), and a full name joins a person known so far only by that last
 * name, only when the two share a role head word ("senator", "attorney general") or the
 * same outlet named both within a month, and no stated gender conflicts; otherwise the
 * lone last name is an entity of its own. An
 * ambiguous last name (two people share it) merges with nobody.
 */
export class EntityResolver {
  readonly #aliases = new Map<string, EntityRef[]>();
  readonly #byId = new Map<number, EntityRef>();

  /** Registers an entity already in the store with one of its aliases. */
  load(ref: EntityRef & { id: number }, alias: string): EntityRef {
    let target = this.#byId.get(ref.id);
    if (!target) {
      target = ref;
      this.#byId.set(ref.id, ref);
    }
    this.#add(target.type, alias, target);
    return target;
  }

  /** Records the id a new entity got when written. */
  written(ref: EntityRef, id: number): void {
    ref.id = id;
    this.#byId.set(id, ref);
  }

  /** The entity `name` of `type` refers to, without creating one. */
  find(name: string, type: string): EntityRef | undefined {
    const key = nameKey(name);
    if (key === '') return undefined;
    return this.#match(key, type)?.ref;
  }

  /** The entity `name` of `type` refers to, created (with id null) when there is none. */
  resolve(name: string, type: string, hints: PersonHints = {}): Resolution {
    const key = nameKey(name) || name.toLowerCase();
    const heads = roleHeads(hints.roles ?? []);
    const match = this.#match(key, type, heads, hints);
    const ref: EntityRef = match?.ref ?? { id: null, type, key, name };
    addHeads(ref, heads);
    if (hints.outlet && hints.date) this.addSeen(ref, hints.outlet, hints.date);
    if (hints.gender === 'm' || hints.gender === 'f') ref.gender ??= hints.gender;
    if (match) {
      const aliases = this.#learn(match.ref, key);
      if (match.rule === 'full-name-of-surname' && name.length > match.ref.name.length) match.ref.name = name;
      return { ref: match.ref, rule: match.rule, aliases };
    }
    return { ref, rule: 'new', aliases: this.#learn(ref, key) };
  }

  /**
   * An anonymous or collective source ("police officials", "two senior officials") is
   * never merged across articles: one entity per article, keyed by the article's id.
   */
  resolveAnonymous(name: string, type: string, articleId: string, localId: string): Resolution {
    const ref: EntityRef = { id: null, type, key: `anonymous:${articleId}:${localId}`, name };
    return { ref, rule: 'new', aliases: [] };
  }

  /** Records a role seen with a stored entity (loading the store). */
  addRole(id: number, role: string): void {
    const ref = this.#byId.get(id);
    if (ref) addHeads(ref, roleHeads([role]));
  }

  /** Records that an article of `outlet` on `date` named the entity. */
  addSeen(ref: EntityRef, outlet: string, date: string): void {
    ref.seen ??= new Set();
    ref.seen.add(`${outlet}\u0000${date}`);
  }

  /** `addSeen` for a stored entity (loading the store). */
  addSeenById(id: number, outlet: string, date: string): void {
    const ref = this.#byId.get(id);
    if (ref) this.addSeen(ref, outlet, date);
  }

  #match(
    key: string,
    type: string,
    heads: ReadonlySet<string> = new Set(),
    hints: PersonHints = {},
  ): { ref: EntityRef; rule: MatchRule } | undefined {
    const gender = hints.gender;
    const exact = this.#unique(type, key);
    if (exact) return { ref: exact, rule: 'exact' };
    if (type !== 'PERSON') return undefined;
    const words = keyWords(key);
    const sameOutletNearby = (ref: EntityRef): boolean =>
      !!hints.outlet &&
      !!hints.date &&
      [...(ref.seen ?? [])].some((s) => {
        const [outlet, date] = s.split('\u0000');
        return outlet === hints.outlet && daysApart(date!, hints.date!) <= SAME_OUTLET_DAYS;
      });
    const corroborated = (ref: EntityRef): boolean =>
      !(gender && ref.gender && gender !== ref.gender) && ([...heads].some((h) => ref.roles?.has(h) === true) || sameOutletNearby(ref));
    if (words.length === 1) {
      const bySurname = this.#unique(type, `~${key}`);
      return bySurname && corroborated(bySurname) ? { ref: bySurname, rule: 'surname' } : undefined;
    }
    const lone = this.#unique(type, words.at(-1) ?? '');
    if (lone && keyWords(nameKey(lone.name)).length === 1 && corroborated(lone)) return { ref: lone, rule: 'full-name-of-surname' };
    return undefined;
  }

  #unique(type: string, alias: string): EntityRef | undefined {
    const refs = this.#aliases.get(`${type}\u0000${alias}`);
    return refs?.length === 1 ? refs[0] : undefined;
  }

  #learn(ref: EntityRef, key: string): string[] {
    const added: string[] = [];
    for (const alias of [key, ref.type === 'PERSON' ? surnameAlias(key) : null]) {
      if (alias !== null && this.#add(ref.type, alias, ref)) added.push(alias);
    }
    return added;
  }

  #add(type: string, alias: string, ref: EntityRef): boolean {
    const slot = `${type}\u0000${alias}`;
    const refs = this.#aliases.get(slot);
    if (!refs) {
      this.#aliases.set(slot, [ref]);
      return true;
    }
    if (refs.includes(ref)) return false;
    refs.push(ref);
    return true;
  }
}

function addHeads(ref: EntityRef, heads: ReadonlySet<string>): void {
  if (heads.size === 0) return;
  ref.roles ??= new Set();
  for (const h of heads) ref.roles.add(h);
}
