import type { Command } from 'commander';

/**
 * One `dateline` command: the line `dateline --help` shows for it, and how to load its file.
 * `--help` lists the commands from this table without loading a command file; a command's
 * own options, arguments and action are declared by its file's register function, loaded
 * only when the command is run (or asked for its help). test/cli-commands.test.ts checks
 * that `term` and `description` are what the command file declares.
 */
export interface CommandEntry {
  readonly name: string;
  /** The command's name, `[options]` and arguments, as commander prints them in the list. */
  readonly term: string;
  readonly description: string;
  /** Loads the command's file and returns its register function. */
  readonly load: () => Promise<(program: Command) => void>;
}

/** Every command, in the order `dateline --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    term: 'extract [options] [paths...]',
    description: 'analyse articles and print one dateline/1 JSON object per document (JSONL)',
    load: async () => (await import('./extract.js')).registerExtract,
  },
  {
    name: 'demo',
    term: 'demo [options] [paths...]',
    description: 'analyse the bundled sample articles (or PATHS), store them in a fresh store and ask it a few questions',
    load: async () => (await import('./demo.js')).registerDemo,
  },
  {
    name: 'eval',
    term: 'eval',
    description: 'score dateline on gold corpora (NER, time expressions, attribution, events, timelines)',
    load: async () => (await import('./eval.js')).registerEval,
  },
  {
    name: 'ingest',
    term: 'ingest [options] <paths...>',
    description: 'analyse articles and store them (idempotent: unchanged articles are skipped, changed ones get a new version)',
    load: async () => (await import('./ingest.js')).registerIngest,
  },
  {
    name: 'reanalyse',
    term: 'reanalyse [options]',
    description: 'run the current pipeline again over stored articles an older analysis annotated (after an upgrade)',
    load: async () => (await import('./reanalyse.js')).registerReanalyse,
  },
  {
    name: 'quotes',
    term: 'quotes [options]',
    description: 'who said what: stored attributions, filtered, in date order',
    load: async () => (await import('./quotes.js')).registerQuotes,
  },
  {
    name: 'entities',
    term: 'entities [options]',
    description: 'who and what the store knows across articles, most mentioned first, with roles over time',
    load: async () => (await import('./entities.js')).registerEntities,
  },
  {
    name: 'timeline',
    term: 'timeline [options] <entity>',
    description: "an entity's dated statements (said by it or mentioning it) and events, ordered by normalised date",
    load: async () => (await import('./timeline.js')).registerTimeline,
  },
  {
    name: 'search',
    term: 'search [options] <words...>',
    description:
      'full-text search of stored articles, most query terms first, then newest (docs/search.md): the same hits and order on SQLite and PostgreSQL',
    load: async () => (await import('./search.js')).registerSearch,
  },
  {
    name: 'show',
    term: 'show [options] <id>',
    description: 'print a stored article with its annotations coloured on a terminal, in [brackets]{labels} otherwise',
    load: async () => (await import('./show.js')).registerShow,
  },
  {
    name: 'export',
    term: 'export [options]',
    description: 'print the stored articles: JSON lines in schema dateline/1 (default, --json), or every annotation as CSV (--csv)',
    load: async () => (await import('./export.js')).registerExport,
  },
  {
    name: 'contradictions',
    term: 'contradictions [options] [paths...]',
    description: 'where accounts disagree: divergent pairs within and across articles, both sides with dates and sources',
    load: async () => (await import('./contradictions.js')).registerContradictions,
  },
  {
    name: 'stance',
    term: 'stance [options] <pairs>',
    description: 'FNC-1 stance of articles toward claims: agree, disagree, discuss or unrelated',
    load: async () => (await import('./stance.js')).registerStance,
  },
  {
    name: 'serve',
    term: 'serve [options]',
    description: 'serve the store: a JSON API (OpenAPI at /api/openapi.json) and the web UI, on localhost by default',
    load: async () => (await import('./serve.js')).registerServe,
  },
  {
    name: 'watch',
    term: 'watch [options] <feeds...>',
    description: 'poll RSS/Atom feeds and store their new and changed items (conditional requests, polite, robots.txt obeyed)',
    load: async () => (await import('./watch.js')).registerWatch,
  },
  {
    name: 'worker',
    term: 'worker [options]',
    description: 'take jobs from the work queue on PostgreSQL (dateline ingest --enqueue), analyse them and store them',
    load: async () => (await import('./worker.js')).registerWorker,
  },
  {
    name: 'jobs',
    term: 'jobs [options]',
    description: 'the work queue on PostgreSQL: jobs per state (created, retry, active, completed, cancelled, failed) and the failures',
    load: async () => (await import('./jobs.js')).registerJobs,
  },
];

/** The command that ARGS run (`dateline NAME …`, or `dateline help NAME`); undefined for `--help`, `--version`, an unknown name. */
export function commandFor(args: readonly string[]): CommandEntry | undefined {
  const [first, second] = args;
  const name = first === 'help' ? second : first;
  return COMMANDS.find((c) => c.name === name);
}
