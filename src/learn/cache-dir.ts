import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder of dateline's start-up cache (`table-cache.ts`): `$DATELINE_CACHE_DIR`, else the
 * system's per-user cache folder (`$XDG_CACHE_HOME/dateline`, `~/.cache/dateline`; macOS
 * `~/Library/Caches/dateline`; Windows `%LOCALAPPDATA%\dateline\cache`). `DATELINE_CACHE_DIR=off`
 * (or empty) turns the cache off: every start builds the tables from the model files.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const given = env.DATELINE_CACHE_DIR;
  if (given !== undefined) return given === '' || given === 'off' ? undefined : given;
  try {
    if (platform === 'win32') {
      const local = env.LOCALAPPDATA;
      return local ? join(local, 'dateline', 'cache') : undefined;
    }
    if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'dateline');
    const xdg = env.XDG_CACHE_HOME;
    return xdg?.startsWith('/') ? join(xdg, 'dateline') : join(homedir(), '.cache', 'dateline');
  } catch {
    return undefined; // no home folder (a system user): no cache
  }
}
