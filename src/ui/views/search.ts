import { type ArticleSummary, api, type Page, type Quote, type SearchHit } from '../api.js';
import { append, articleHref, empty, entityHref, h, link, section, snippet } from '../dom.js';

function searchForm(q: string): HTMLFormElement {
  return h(
    'form',
    { class: 'search', role: 'search', action: '/search', method: 'get' },
    h('label', { for: 'q' }, 'Search the articles'),
    h('input', { id: 'q', name: 'q', type: 'search', value: q, placeholder: 'words, names…', autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Search'),
  );
}

function articleItem(a: ArticleSummary): HTMLElement {
  return h(
    'li',
    {},
    link(articleHref(a.id), a.title ?? a.doc_id.split('/').at(-1) ?? a.doc_id),
    h('span', { class: 'muted' }, ` ${a.date ?? 'undated'}${a.outlet ? ` · ${a.outlet}` : ''}`),
  );
}

/** The article list, a page at a time ("More articles" fetches the next). */
async function articleList(): Promise<HTMLElement> {
  const list = h('ul', { class: 'articles' });
  const more = h('button', { type: 'button', class: 'more' }, 'More articles');
  let cursor: string | null | undefined;
  const load = async () => {
    const page = await api<Page<ArticleSummary>>('articles', { limit: 25, cursor: cursor ?? undefined });
    append(list, ...page.items.map(articleItem));
    cursor = page.next;
    more.hidden = cursor === null;
  };
  more.addEventListener('click', () => void load());
  await load();
  return section('Articles', list.childElementCount ? list : empty('The store holds no articles yet: dateline ingest PATH'), more);
}

/** Who said what: the first quotes by date, each leading to its speaker and to its words. */
async function quoteList(): Promise<HTMLElement> {
  const page = await api<Page<Quote>>('quotes', { limit: 12 });
  const items = page.items.map((q) =>
    h(
      'li',
      {},
      h('time', {}, q.said ?? q.date ?? 'undated'),
      q.speaker
        ? link(entityHref(q.speaker_entity ?? q.speaker), q.speaker, { class: 'speaker' })
        : h('span', { class: 'muted' }, 'unresolved'),
      ': ',
      link(articleHref(q.article, q.start), q.quote.length > 140 ? `${q.quote.slice(0, 140)}…` : q.quote),
    ),
  );
  return section('Who said what', items.length ? h('ol', { class: 'quotes-home' }, ...items) : empty('No quotes yet.'));
}

export async function searchView(main: HTMLElement, q: string): Promise<void> {
  document.title = q ? `${q} — dateline search` : 'dateline';
  append(main, h('h1', { tabindex: -1 }, q ? `Search: ${q}` : 'dateline'), searchForm(q));
  if (q) {
    const hits = await api<Page<SearchHit>>('search', { q, limit: 50 });
    const items = hits.items.map((hit) =>
      h(
        'li',
        {},
        link(articleHref(hit.article), hit.doc_id),
        h('span', { class: 'muted' }, ` ${hit.date ?? 'undated'}`),
        snippet(hit.snippet),
      ),
    );
    append(
      main,
      section(
        `${hits.items.length} article(s)`,
        items.length ? h('ol', { class: 'hits' }, ...items) : empty('No article holds these words.'),
      ),
    );
  } else {
    const stats = await api<Record<string, number>>('stats');
    append(
      main,
      h(
        'p',
        { class: 'meta' },
        `The store holds ${stats.articles} articles, ${stats.entities} entities, ${stats.attributions} attributions and ${stats.timexes} time expressions.`,
      ),
      h('div', { class: 'home-grid' }, await articleList(), await quoteList()),
    );
  }
}
