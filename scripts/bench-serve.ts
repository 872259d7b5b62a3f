import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PEOPLE, personName, rng } from '../src/bench/synthetic.js';
import { ROOT } from '../test/support/paths.js';

/**
 * `npm run bench:serve`: load on `dateline serve` (its own process) over a synthetic store
 * of 10,000 articles (made by npm run bench:store's generator when missing): autocannon
 * against the quotes and article endpoints; requests/s, p50/p99 latency, errors.
 * `--db postgres://…` measures PostgreSQL.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    db: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const articles = Number(values.articles);
const db = values.db ?? `/tmp/dateline-bench-${articles}.db`;
const out = (line: string) => process.stdout.write(`${line}\n`);

if (values.db?.startsWith('postgres') || !existsSync(db)) {
  out(`building a synthetic store of ${articles} articles in ${db} …`);
  execFileSync(
    process.execPath,
    [join(ROOT, 'dist', 'bench', 'store-bench.js'), '--articles', String(articles), '--db', db, '--queries', '1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

const server = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'serve', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    const found = /at (http:\/\/[^/\s]+)\//.exec(text)?.[1];
    if (found) resolve(found);
  });
  server.once('exit', (code) => reject(new Error(`dateline serve exited ${code}`)));
});

const random = rng(7);
const speaker = () => encodeURIComponent(personName(Math.floor(random() ** 2 * PEOPLE)));
const article = () => 1 + Math.floor(random() * articles);

const endpoints: [string, () => string][] = [
  ['GET /api/quotes?speaker=NAME&limit=50', () => `/api/quotes?speaker=${speaker()}&limit=50`],
  ['GET /api/quotes?from=…&to=…&limit=100', () => `/api/quotes?from=2021-0${1 + Math.floor(random() * 9)}-01&to=2021-12-31&limit=100`],
  ['GET /api/articles/{id}', () => `/api/articles/${article()}`],
];

out(
  `dateline serve on ${db} (${articles} articles); autocannon ${values.connections} connections × ${values.seconds} s per endpoint, server in its own process`,
);
out('| endpoint | requests/s | p50 ms | p99 ms | max ms | errors | non-2xx |');
out('|---|---:|---:|---:|---:|---:|---:|');
try {
  for (const [name, path] of endpoints) {
    const result = await autocannon({
      url,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
    });
    out(
      `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.errors} | ${result.non2xx} |`,
    );
  }
} finally {
  server.kill('SIGTERM');
}
