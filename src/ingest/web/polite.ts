import { createRequire } from 'node:module';
import { DatelineError } from '../../errors/codes.js';
import { type Fetched, type FetchOptions, fetchUrl, USER_AGENT } from './fetch.js';

/** robots-parser is CommonJS whose types claim an ES default export: load it as what it is. */
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

export interface PoliteOptions extends FetchOptions {
  /** Least milliseconds between two requests to one host. Default 1000. */
  readonly hostDelayMs?: number;
  /** Skip robots.txt (tests of other things only). */
  readonly ignoreRobots?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A polite client: one request at a time per host, at least `hostDelayMs` apart (or the
 * site's Crawl-delay, up to 30 s); robots.txt read once per origin and obeyed (a missing
 * or unreachable one allows everything, as crawlers agree).
 */
export class PoliteClient {
  readonly #options: PoliteOptions;
  readonly #robots = new Map<string, Promise<Robots | null>>();
  readonly #next = new Map<string, number>();

  constructor(options: PoliteOptions = {}) {
    this.#options = options;
  }

  async get(url: string, extra: FetchOptions = {}): Promise<Fetched> {
    const target = new URL(url);
    if (!this.#options.ignoreRobots) {
      const robots = await this.#robotsFor(target.origin);
      if (robots && robots.isAllowed(target.href, USER_AGENT) === false)
        throw new DatelineError('E_ROBOTS', `${url}: ${target.origin}/robots.txt disallows it`);
    }
    await this.#turn(target.host, target.origin);
    return fetchUrl(url, { ...this.#options, ...extra });
  }

  async #turn(host: string, origin: string): Promise<void> {
    const robots = this.#options.ignoreRobots ? null : await this.#robotsFor(origin);
    const crawlDelay = Math.min(30_000, (robots?.getCrawlDelay(USER_AGENT) ?? 0) * 1000);
    const delay = Math.max(this.#options.hostDelayMs ?? 1000, crawlDelay);
    const now = Date.now();
    const at = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, at + delay);
    if (at > now) await sleep(at - now);
  }

  #robotsFor(origin: string): Promise<Robots | null> {
    let pending = this.#robots.get(origin);
    if (!pending) {
      const url = `${origin}/robots.txt`;
      pending = fetchUrl(url, { ...this.#options, retries: 0, maxBytes: 512 * 1024 })
        .then((r) => robotsParser(url, Buffer.from(r.body).toString('utf8')))
        .catch(() => null);
      this.#robots.set(origin, pending);
    }
    return pending;
  }
}
