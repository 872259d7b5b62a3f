import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's `chromium` (apt-get
 * install chromium; .ci/run installs it), else another Chromium or Chrome on the PATH.
 * Undefined when none is installed (or CHROMIUM_PATH names none): the tests then print one line saying they are skipped.
 */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : undefined; // CHROMIUM_PATH=none: test without a browser
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export const CHROMIUM = findChromium();

export const NO_BROWSER_LINE =
  'browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH); the web UI was NOT tested in a browser';

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(NO_BROWSER_LINE);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
