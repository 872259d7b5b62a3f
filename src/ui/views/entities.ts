import { api, type EntityRow, type Page, type Quote, type TimelineItem } from '../api.js';
import { append, articleHref, empty, entityHref, h, link, section } from '../dom.js';

const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];

export async function entitiesView(main: HTMLElement, type: string): Promise<void> {
  document.title = 'Entities — dateline';
  const select = h(
    'select',
    { id: 'type', name: 'type' },
    ...TYPES.map((t) => h('option', { value: t, selected: t === type }, t || 'all types')),
  );
  const form = h(
    'form',
    { class: 'search', method: 'get', action: '/entities' },
    h('label', { for: 'type' }, 'Type'),
    select,
    h('button', { type: 'submit' }, 'Show'),
  );
  const page = await api<Page<EntityRow>>('entities', { type: type || undefined, limit: 100 });
  const rows = page.items.map((e) =>
    h(
      'tr',
      {},
      h('td', {}, link(entityHref(e.id), e.name)),
      h('td', {}, e.type),
      h('td', { class: 'num' }, String(e.mentions)),
      h('td', { class: 'num' }, String(e.articles)),
      h('td', {}, `${e.first_seen ?? '?'} … ${e.last_seen ?? '?'}`),
    ),
  );
  const table = h(
    'table',
    {},
    h('caption', {}, 'Most mentioned first'),
    h('thead', {}, h('tr', {}, ...['name', 'type', 'mentions', 'articles', 'seen'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows),
  );
  append(main, h('h1', { tabindex: -1 }, 'Entities'), form, rows.length ? h('div', { class: 'scroll' }, table) : empty('No entities.'));
}

interface EntityDetail {
  entity: EntityRow;
  statements: Quote[];
  timeline: TimelineItem[];
}

/** A speaker's or entity's page: roles over time, what it said, what mentions it. */
export async function entityView(main: HTMLElement, ref: string): Promise<void> {
  const { entity, statements, timeline } = await api<EntityDetail>(`entities/${encodeURIComponent(ref)}`);
  document.title = `${entity.name} — dateline`;
  const roles = entity.roles.map((r) =>
    h('li', {}, h('strong', {}, r.role), ` ${r.first ?? '?'} … ${r.last ?? '?'} (${r.articles} article(s))`),
  );
  const said = statements.map((s) =>
    h(
      'li',
      {},
      h('time', {}, s.said ?? s.date ?? 'undated'),
      ' ',
      link(articleHref(s.article, s.start), s.quote, { class: 'statement' }),
      s.outlet ? h('span', { class: 'muted' }, ` — ${s.outlet}`) : '',
    ),
  );
  const mentioned = timeline.filter((t) => t.kind !== 'said');
  append(
    main,
    h('h1', { tabindex: -1 }, entity.name),
    h(
      'p',
      { class: 'meta' },
      `${entity.type} · ${entity.mentions} mentions in ${entity.articles} article(s) · ${entity.first_seen ?? '?'} … ${entity.last_seen ?? '?'}`,
    ),
    h('p', {}, link(`/timeline?entity=${encodeURIComponent(String(entity.id))}`, `${entity.name} on a timeline`)),
    section('Roles over time', roles.length ? h('ul', {}, ...roles) : empty('No roles recorded.')),
    section(
      `Statements (${statements.length})`,
      said.length ? h('ol', { class: 'statements' }, ...said) : empty('No statements by this entity.'),
    ),
    section(
      `Mentioned in statements and events (${mentioned.length})`,
      mentioned.length
        ? h(
            'ol',
            {},
            ...mentioned.map((t) =>
              h(
                'li',
                {},
                h('time', {}, t.date ?? 'undated'),
                ` ${t.who ?? ''}: `,
                link(articleHref(t.article, t.kind === 'event' ? undefined : t.start), t.text),
              ),
            ),
          )
        : empty('Nothing yet.'),
    ),
  );
}
