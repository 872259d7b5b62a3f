import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, Help } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandFor } from '../src/cli/commands.js';
import { baseProgram, createProgram } from '../src/cli/main.js';
import { dateline } from './support/cli.js';
import { CLI, ROOT } from './support/paths.js';

/**
 * Issue #17 item 5: `dateline --help` lists the commands from the table in src/cli/commands.ts
 * and loads no command file; the table says what the command files declare.
 */

const io = () => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, exitCode: 0 });

/** Every command registered from its own file, as before the table. */
async function everyCommand(): Promise<Command> {
  const program = baseProgram(io());
  for (const entry of COMMANDS) (await entry.load())(program);
  return program;
}

describe('the command table', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: term and description are what its file declares', async (name, entry) => {
    const program = baseProgram(io());
    (await entry.load())(program);
    const [command] = program.commands;
    expect(program.commands).toHaveLength(1);
    expect(command?.name()).toBe(name);
    expect(command?.description()).toBe(entry.description);
    expect(new Help().subcommandTerm(command as Command)).toBe(entry.term);
  });

  it('--help from the table prints what every command registered prints', async () => {
    const listed = await createProgram(io(), ['--help']);
    expect(listed.helpInformation()).toBe((await everyCommand()).helpInformation());
    expect(listed.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
  });

  it.each([
    [['extract', 'a.txt'], 'extract'],
    [['help', 'quotes'], 'quotes'],
    [['eval', 'ner', '--help'], 'eval'],
    [['--help'], undefined],
    [['help'], undefined],
    [[], undefined],
    [['--version'], undefined],
    [['--help', 'extract'], undefined],
    [['extrct'], undefined],
    [['help', 'nosuch'], undefined],
  ])('commandFor(%j) is %s', (args, name) => {
    expect(commandFor(args)?.name).toBe(name);
  });

  it.each([
    [['help', 'extract'], 0, 'Usage: dateline extract [options] [paths...]'],
    [['extrct'], 2, "unknown command 'extrct' (Did you mean extract?)"],
    [['help'], 0, 'Usage: dateline [options] [command]'],
    [['help', 'nosuch'], 2, 'Usage: dateline [options] [command]'],
    [[], 2, 'Usage: dateline [options] [command]'],
  ])('dateline %j exits %i', async (args, status, text) => {
    const r = await dateline(args);
    expect(r.status).toBe(status);
    expect(r.stdout + r.stderr).toContain(text);
  });
});

describe('dateline --help as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-help-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads commander, the command table and nothing of a command', () => {
    const log = join(dir, 'loaded.txt');
    const hooks = `import{appendFileSync}from'node:fs';export async function load(u,c,n){appendFileSync(${JSON.stringify(log)},u+'\\n');return n(u,c)}`;
    const register = `import{register}from'node:module';register('data:text/javascript,'+encodeURIComponent(${JSON.stringify(hooks)}));`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, CLI, '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: dateline');
    const ours = readFileSync(log, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:') && !u.includes('/node_modules/'))
      .map((u) => relative(ROOT, fileURLToPath(u)))
      .sort();
    expect(ours).toEqual([
      'dist/analysis/load-in-steps.js',
      'dist/cli/commands.js',
      'dist/cli/heap-growth.js',
      'dist/cli/io.js',
      'dist/cli/main.js',
      'dist/cli/printable.js',
      'dist/errors/codes.js',
      'dist/version.js',
    ]);
  });
});
