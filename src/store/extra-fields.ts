/**
 * The fields of an annotation outside the contract, kept as JSON beside the columns
 * (null when there are none), and put back when the annotation is rebuilt.
 */
export const KNOWN_FIELDS = {
  entity: new Set(['id', 'name', 'type', 'roles', 'mentions', 'rule']),
  mention: new Set(['start', 'end', 'text']),
  attribution: new Set(['id', 'type', 'content', 'cue', 'source', 'speaker', 'date', 'rule']),
  timex: new Set(['start', 'end', 'text', 'type', 'value', 'rule']),
  event: new Set(['id', 'type', 'class', 'trigger', 'date', 'place', 'participants', 'rule']),
} as const;

/** JSON of `value`'s fields that `known` lacks, or null. */
export function extraOf(value: object, known: ReadonlySet<string>): string | null {
  let extra: Record<string, unknown> | null = null;
  for (const [key, field] of Object.entries(value)) {
    if (known.has(key) || field === undefined) continue;
    extra ??= {};
    extra[key] = field;
  }
  return extra === null ? null : JSON.stringify(extra);
}

/** `value` with the stored extra fields added back. */
export function withExtra<T extends object>(value: T, extra: string | null): T {
  return extra === null ? value : { ...value, ...(JSON.parse(extra) as object) };
}
