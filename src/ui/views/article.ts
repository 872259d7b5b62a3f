import { api } from '../api.js';
import { append, entityHref, h, link, section } from '../dom.js';
import { type HighlightKind, type HighlightNode, highlightsOf, nestHighlights, type ViewDocument } from '../layout.js';

interface StoredArticle extends ViewDocument {
  id: string;
  date: string | null;
  store: { id: number; title: string | null; outlet: string | null; analysis: string; version: number };
}

const LEGEND: [HighlightKind, string][] = [
  ['attribution', 'quote'],
  ['source', 'source'],
  ['cue', 'cue'],
  ['entity', 'entity'],
  ['timex', 'time'],
  ['event', 'event'],
];

/** The article's text with every annotation as a nested <mark>; text goes in as text nodes only. */
function renderText(text: string, nodes: readonly HighlightNode[], from: number, to: number, into: Node): void {
  let at = from;
  for (const node of nodes) {
    if (node.start > at) append(into, text.slice(at, node.start));
    const mark = h('mark', {
      class: `hl hl-${node.kind}`,
      'data-kind': node.kind,
      'data-start': node.start,
      'data-end': node.end,
      'data-ann': node.key,
      'data-part': node.part > 0 ? node.part : undefined,
      'data-info': node.info,
      'data-entity': node.entity,
      title: node.info,
      tabindex: -1,
    });
    renderText(text, node.children, node.start, node.end, mark);
    into.appendChild(mark);
    at = Math.max(at, node.end);
  }
  if (to > at) append(into, text.slice(at, to));
}

/** Arrow keys (and n/p) move between highlights, Enter follows a speaker or entity; one tab stop for the text. */
function keyboard(body: HTMLElement, info: HTMLElement): void {
  const marks = () => [...body.querySelectorAll<HTMLElement>('mark.hl')];
  const show = (mark: HTMLElement) => {
    info.textContent = `${mark.dataset.kind} ${mark.dataset.start}–${mark.dataset.end}: ${mark.dataset.info ?? ''}`;
  };
  const focus = (mark: HTMLElement | undefined) => {
    if (!mark) return;
    for (const m of marks()) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus();
  };
  const first = marks()[0];
  if (first) first.tabIndex = 0;
  body.addEventListener('focusin', (e) => e.target instanceof HTMLElement && e.target.matches('mark.hl') && show(e.target));
  body.addEventListener('mouseover', (e) => {
    const mark = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('mark.hl') : null;
    if (mark) show(mark);
  });
  body.addEventListener('keydown', (e) => {
    const all = marks();
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const step = { ArrowRight: 1, ArrowDown: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, p: -1 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      focus(all[Math.min(all.length - 1, Math.max(0, i + step))]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focus(e.key === 'Home' ? all[0] : all.at(-1));
    } else if (e.key === 'Enter') {
      const entity = all[i]?.dataset.entity;
      if (entity) window.location.assign(entityHref(entity));
    }
  });
}

export async function articleView(main: HTMLElement, id: string, at: number | undefined): Promise<void> {
  const doc = await api<StoredArticle>(`articles/${encodeURIComponent(id)}`);
  const title = doc.store.title ?? doc.id.split('/').at(-1) ?? doc.id;
  document.title = `${title} — dateline`;
  const body = h('div', {
    class: 'article-text',
    role: 'region',
    'aria-label': 'Article text with highlights; arrow keys move between them',
  });
  renderText(doc.text, nestHighlights(highlightsOf(doc)), 0, doc.text.length, body);
  const info = h(
    'p',
    { class: 'hl-info', role: 'status', 'aria-live': 'polite' },
    'Hover or focus a highlight (Tab, then arrow keys) to see its speaker, date and rule.',
  );
  keyboard(body, info);
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight key' },
    ...LEGEND.map(([kind, label]) => h('li', {}, h('mark', { class: `hl hl-${kind}` }, label))),
  );
  const speakers = doc.attributions.map((a) =>
    h(
      'li',
      {},
      a.speaker
        ? link(entityHref(a.speaker.name), a.speaker.name, { class: 'speaker' })
        : h('span', { class: 'muted' }, 'unresolved speaker'),
      a.date ? ` (${a.date})` : '',
      ': ',
      h('a', { href: `#`, 'data-goto': a.content.start, class: 'quote-link' }, doc.text.slice(a.content.start, a.content.end)),
    ),
  );
  const entities = doc.entities.map((e) =>
    h('li', {}, link(entityHref(e.name), e.name), ` ${e.type}${e.roles.length ? ` — ${e.roles.join(', ')}` : ''} ×${e.mentions.length}`),
  );
  const aside = h(
    'aside',
    { class: 'article-side' },
    section(`Attributions (${doc.attributions.length})`, speakers.length ? h('ol', { class: 'quotes' }, ...speakers) : h('p', {}, 'none')),
    section(`Entities (${doc.entities.length})`, entities.length ? h('ul', {}, ...entities) : h('p', {}, 'none')),
  );
  aside.addEventListener('click', (e) => {
    const goto = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-goto]') : null;
    if (!goto) return;
    e.preventDefault();
    body.querySelector<HTMLElement>(`mark[data-kind="attribution"][data-start="${goto.dataset.goto}"]`)?.focus();
  });
  const meta = [doc.date ?? 'undated', doc.store.outlet, `#${doc.store.id}`, doc.id].filter(Boolean).join(' · ');
  append(
    main,
    h('h1', { tabindex: -1 }, title),
    h('p', { class: 'meta' }, meta),
    h(
      'p',
      { class: 'counts' },
      `${doc.attributions.length} attributions, ${doc.entities.length} entities, ${doc.timexes.length} time expressions, ${doc.events?.length ?? 0} events`,
    ),
    legend,
    info,
    h('div', { class: 'article-grid' }, h('article', {}, body), aside),
  );
  if (at !== undefined) {
    const target = body.querySelector<HTMLElement>(`mark[data-kind="attribution"][data-start="${at}"]`);
    if (target) {
      target.tabIndex = 0;
      target.focus();
      return;
    }
  }
}
