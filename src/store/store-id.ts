/** The largest store id (articles, entities): PostgreSQL's `integer`. A larger number is no id. */
export const MAX_STORE_ID = 2_147_483_647;

/** `text` as a store id when it is one written in digits (1 to MAX_STORE_ID), else undefined. */
export function storeIdOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_STORE_ID ? n : undefined;
}
