/** The JSON API, as the UI calls it. A failure shows its coded message. */

export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok || body === null)
    throw new ApiError(body?.error?.code ?? `HTTP ${response.status}`, body?.error?.message ?? response.statusText);
  return body;
}

export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

export interface ArticleSummary {
  id: number;
  doc_id: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
}

export interface Quote {
  article: number;
  doc_id: string;
  date: string | null;
  said: string | null;
  speaker: string | null;
  speaker_entity: number | null;
  type: string;
  quote: string;
  outlet: string | null;
  start: number;
  end: number;
}

export interface EntityRow {
  id: number;
  name: string;
  type: string;
  mentions: number;
  articles: number;
  first_seen: string | null;
  last_seen: string | null;
  roles: { role: string; first: string | null; last: string | null; articles: number }[];
}

export interface TimelineItem {
  date: string | null;
  kind: 'said' | 'mentioned' | 'event';
  article: number;
  doc_id: string;
  who: string | null;
  text: string;
  start: number;
  end: number;
}

export interface SearchHit {
  article: number;
  doc_id: string;
  date: string | null;
  snippet: string;
}
