import type { Command } from 'commander';
import { DatelineError } from '../errors/codes.js';
import type { DocumentOutput } from '../output/schema.js';
import { storeIdOf } from '../store/store-id.js';
import { annotationTable } from './annotation-table.js';
import { io, setExitCode } from './io.js';
import { printable } from './printable.js';
import { legend, renderArticle, useColour } from './render-article.js';
import { type FormatOptions, formatOf, printRows } from './rows-output.js';
import { type DbOptions, storeOptions, withStore } from './store-command.js';

export type ShowOptions = DbOptions & FormatOptions & { readonly collapse?: boolean };

/** `dateline show ID`: one stored article, its annotations coloured on a terminal. */
export async function runShow(id: string, options: ShowOptions): Promise<number> {
  return withStore('show', { db: options.db }, async (store) => {
    // A number beyond any store id is read as a document id only (never sent as an integer).
    const ref = storeIdOf(id) ?? id;
    let article = (await store.article(ref)) ?? (typeof ref === 'number' ? await store.article(id) : undefined);
    if (!article)
      throw new DatelineError('E_NOT_FOUND', `no article ${JSON.stringify(id)} in ${store.where} (give a store id or a document id)`);
    const group = await store.group(article.copyOf ?? article.id);
    // --collapse: the story as its group's first article tells it, with who else ran it.
    if (options.collapse && group.first !== article.id) article = (await store.article(group.first)) ?? article;
    const format = formatOf(options);
    const doc = article.document;
    if (format === 'json') {
      io().stdout.write(`${JSON.stringify(doc)}\n`);
      return 0;
    }
    if (format === 'csv') {
      await printRows(annotationTable(doc), [], 'csv');
      return 0;
    }
    const colour = useColour(io().stdout, io().env);
    const others = [
      ...group.articles.filter((a) => a.doc_id !== doc.id).map((a) => `#${a.id} ${a.outlet ?? a.doc_id}`),
      ...group.copies.filter((c) => c.doc_id !== doc.id).map((c) => `copy ${c.outlet ?? c.doc_id}`),
    ];
    const story = others.length > 0 ? `\nsame story: ${others.join('; ')}` : '';
    const copyNote = article.copyOf !== undefined ? ` (a syndicated copy of #${article.copyOf})` : '';
    const head = `#${article.id} ${doc.id}${copyNote} v${article.version}${article.current ? '' : ' (superseded)'}  ${doc.date ?? 'undated'}${article.outlet ? `  ${article.outlet}` : ''}`;
    const counts = `${doc.entities.length} entities, ${doc.attributions.length} attributions, ${doc.timexes.length} time expressions, ${doc.events.length} events — ${article.analysis}`;
    const key = legend(colour);
    const events = eventLines(doc);
    // The article's own words (head, outlet, events) are shown with their control characters visible, never obeyed.
    io().stdout.write(
      `${printable(`${head}\n${counts}${story}`)}\n\n${renderArticle(doc, colour)}\n${key ? `\n${key}\n` : ''}${printable(events)}`,
    );
    return 0;
  });
}

/** The typed events (news type other than `other`), one a line: type, trigger, date, place, participants. */
function eventLines(doc: DocumentOutput): string {
  const typed = doc.events.filter((e) => e.type !== 'other');
  if (typed.length === 0) return '';
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const lines = typed.map((e) => {
    const who = e.participants.map((p) => `${p.role} ${names.get(p.entity) ?? p.entity}`).join(', ');
    const cls = typeof e.class === 'string' ? ` ${e.class}` : '';
    return `  ${e.date ?? 'undated'.padEnd(10)}  ${e.type}${cls} “${e.trigger.text}”${e.place ? ` in ${e.place}` : ''}${who ? ` — ${who}` : ''}`;
  });
  return `\nevents (${typed.length} typed of ${doc.events.length})\n${lines.join('\n')}\n`;
}

export function registerShow(program: Command): void {
  const command = program
    .command('show')
    .description('print a stored article with its annotations coloured on a terminal, in [brackets]{labels} otherwise')
    .argument('<id>', "store id (a number, as other commands print) or document id (a syndicated copy's too)")
    .option('--collapse', "show the story as its near-duplicate group's first article tells it");
  storeOptions(command).action(async (id: string, options: ShowOptions) => {
    setExitCode(await runShow(id, options));
  });
}
