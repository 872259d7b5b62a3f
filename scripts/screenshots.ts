import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server/start.js';
import { launchChromium } from '../test/support/browser.js';
import { CLI, ROOT } from '../test/support/paths.js';

/**
 * `npm run screenshots`: the main views of the web UI on the bundled (fictional) samples,
 * saved to docs/img/ for the README. Needs Chromium (apt-get install chromium).
 */
const out = join(ROOT, 'docs', 'img');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'dateline-shots-'));
const db = join(dir, 'store.db');
execFileSync(process.execPath, [CLI, 'ingest', 'samples', '--db', db], { stdio: 'inherit', cwd: ROOT });
const server = await startServer({ db, port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const shot = async (path: string, name: string, prepare?: () => Promise<void>) => {
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('main[data-ready="true"]', { state: 'attached' });
    await prepare?.();
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
    process.stdout.write(`wrote docs/img/${name}.png\n`);
  };
  await shot('/', 'search');
  await shot('/search?q=strike', 'search-results');
  await shot('/articles/1?at=0', 'article', async () => {
    await page.locator('mark[data-kind="source"]').nth(1).focus();
  });
  await shot('/entities/Teresa%20Okafor', 'entity');
  await shot('/entities', 'entities');
  await shot('/timeline?entity=Okafor', 'timeline');
  await shot('/contradictions', 'contradictions');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot('/articles/2', 'article-phone');
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
