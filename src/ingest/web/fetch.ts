import { DatelineError } from '../../errors/codes.js';

export const USER_AGENT = 'dateline/0.1 (self-hosted news reader)';

/** How one HTTP GET is made: limits, retries, a conditional request. */
export interface FetchOptions {
  /** Milliseconds for the whole exchange (headers and body) of one try. Default 15 s. */
  readonly timeoutMs?: number;
  /** Largest body, in bytes; a larger one fails with E_TOO_LARGE while streaming. Default 16 MiB. */
  readonly maxBytes?: number;
  /** Tries after the first, for network errors, timeouts, 429 and 5xx. Default 2. */
  readonly retries?: number;
  /** First backoff in milliseconds, doubled each retry (a Retry-After up to 30 s wins). Default 500. */
  readonly backoffMs?: number;
  /** Conditional request: the validators of the copy already held. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** Called before each retry, with the attempt number and why. */
  readonly onRetry?: (attempt: number, reason: string) => void;
}

/** A fetched resource; `notModified` when a conditional request found nothing new. */
export interface Fetched {
  readonly url: string;
  readonly status: number;
  readonly notModified: boolean;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly body: Uint8Array;
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly after: number | null,
    readonly final: DatelineError,
  ) {
    super(message);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(30_000, Math.max(0, seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.min(30_000, Math.max(0, at - Date.now()));
}

async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new DatelineError('E_TOO_LARGE', `${url} is ${declared} bytes, over the ${maxBytes}-byte limit for one page`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new DatelineError('E_TOO_LARGE', `${url} holds over ${maxBytes} bytes, the limit for one page`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function tryOnce(url: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: 'follow', signal });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = signal.aborted ? `no answer within ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new Retryable(why, null, new DatelineError('E_NETWORK', `${url}: ${why}`));
  }
  const base = {
    url: response.url || url,
    status: response.status,
    contentType: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
  if (response.status === 304) return { ...base, notModified: true, body: new Uint8Array() };
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel().catch(() => {});
    const error = new DatelineError('E_HTTP', `${url}: HTTP ${response.status} ${response.statusText}`.trim());
    throw new Retryable(`HTTP ${response.status}`, retryAfter(response.headers.get('retry-after')), error);
  }
  if (response.status >= 400) {
    await response.body?.cancel().catch(() => {});
    throw new DatelineError('E_HTTP', `${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  try {
    return { ...base, notModified: false, body: await readBody(response, options.maxBytes ?? 16 * 1024 * 1024, url) };
  } catch (error) {
    if (error instanceof DatelineError) throw error;
    const why = signal.aborted ? `the body did not arrive within ${timeoutMs} ms` : (error as Error).message;
    throw new Retryable(why, null, new DatelineError('E_NETWORK', `${url}: ${why}`));
  }
}

/**
 * GET `url` (redirects followed), with a time limit per try, a size limit while
 * streaming, and retries with exponential backoff for network errors, timeouts, 429 and
 * 5xx. Throws a DatelineError (E_HTTP, E_NETWORK, E_TOO_LARGE) when it gives up.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const retries = options.retries ?? 2;
  let wait = options.backoffMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    try {
      return await tryOnce(url, options);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (attempt >= retries) throw new DatelineError(error.final.code, `${error.final.message} (after ${attempt + 1} tries)`);
      options.onRetry?.(attempt + 1, error.message);
      await sleep(error.after ?? wait);
      wait *= 2;
    }
  }
}
