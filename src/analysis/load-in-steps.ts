import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Loading a module graph one file at a time, for a process with a low limit on open files.
 *
 * Node's ES module loader reads every module of an import graph it has not loaded yet at
 * once, each read an open file: `ingest` imports some 300 of dateline's modules and a few
 * hundred of its packages' (kysely, chrono-node, zod), and ran out of file descriptors under
 * `ulimit -n 128` (EMFILE, or a package "not found"). Imported bottom-up (every module after
 * the modules it imports), each `import()` finds its imports loaded and reads one file: the
 * peak no longer grows with the graph. Run only when the limit is low (`lowOpenFileLimit`),
 * so that a normal start-up is unchanged.
 */

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')` with a literal specifier. */
const IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?\(?\s*(['"])([^'"\n]+)\1/gm;

/** The soft limit on open files (Linux: /proc/self/limits); undefined where it cannot be read. */
export function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    const n = Number(soft);
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Below this many open files, dateline loads its commands' modules one at a time. */
export const LOW_OPEN_FILE_LIMIT = 1024;

/** Whether the process may open fewer files than a command's module graph reads at once. */
export function lowOpenFileLimit(limit = openFileLimit()): boolean {
  return limit !== undefined && limit < LOW_OPEN_FILE_LIMIT;
}

/**
 * The ES modules reachable from `entry` by static and literal dynamic imports (dateline's and
 * its packages'), each after the modules it imports. CommonJS files end the walk (`require`
 * reads them one at a time anyway); a specifier that does not resolve is left to Node.
 */
export function bottomUp(entry: URL): URL[] {
  const order: URL[] = [];
  const seen = new Set<string>();
  const visit = (url: URL): void => {
    if (seen.has(url.href) || url.protocol !== 'file:' || !/\.(m?js)$/.test(url.pathname)) return;
    seen.add(url.href);
    let source: string;
    try {
      source = readFileSync(url, 'utf8');
    } catch {
      return;
    }
    if (url.pathname.endsWith('.js') && !isModule(url, source)) return;
    const require = createRequire(url);
    for (const m of source.matchAll(IMPORT)) {
      const specifier = m[2] as string;
      if (specifier.startsWith('node:')) continue;
      const next = resolve(specifier, url, require);
      if (next) visit(next);
    }
    order.push(url);
  };
  visit(entry);
  return order;
}

/** Imports the modules of `bottomUp(entry)` one after another; the first that fails stops the walk (Node then loads the rest at once). */
export async function loadInSteps(entry: URL): Promise<void> {
  for (const url of bottomUp(entry)) {
    try {
      await import(url.href);
    } catch {
      return;
    }
  }
}

function resolve(specifier: string, from: URL, require: NodeRequire): URL | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return new URL(specifier, from);
  try {
    // the package's ES entry where it has one (import.meta.resolve follows "exports" → "import")
    return new URL(import.meta.resolve(specifier, from.href));
  } catch {
    try {
      return pathToFileURL(require.resolve(specifier));
    } catch {
      return undefined;
    }
  }
}

/** A `.js` file is an ES module when the nearest package.json says `"type": "module"`. */
function isModule(url: URL, source: string): boolean {
  let dir = new URL('.', url);
  for (let i = 0; i < 12; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { type?: string };
      return pkg.type === 'module';
    } catch {
      const up = new URL('..', dir);
      if (up.href === dir.href) break;
      dir = up;
    }
  }
  return /^\s*(import|export)\s/m.test(source) && !fileURLToPath(url).includes('/cjs/');
}
