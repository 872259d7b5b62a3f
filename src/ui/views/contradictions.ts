import { api, type Page } from '../api.js';
import { append, articleHref, empty, h, link } from '../dom.js';

type Item = Record<string, unknown>;

const isObject = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The two sides of a contradiction, whatever the store names them (a/b, left/right, first/second, statements[0..1]). */
function sidesOf(item: Item): [Item, Item] | undefined {
  for (const [x, y] of [
    ['a', 'b'],
    ['left', 'right'],
    ['first', 'second'],
  ] as const) {
    const a = item[x];
    const b = item[y];
    if (isObject(a) && isObject(b)) return [a, b];
  }
  const list = item.statements ?? item.evidence ?? item.sides;
  if (Array.isArray(list) && isObject(list[0]) && isObject(list[1])) return [list[0], list[1]];
  return undefined;
}

/** One side: its words, who and when, a link to the article when it names one; other fields as a list. */
function side(value: Item): HTMLElement {
  const text = [value.quote, value.text, value.content, value.claim].find((v) => typeof v === 'string') as string | undefined;
  const who = [value.holder, value.speaker, value.who, value.source].find((v) => typeof v === 'string') as string | undefined;
  const when = [value.said, value.date].find((v) => typeof v === 'string') as string | undefined;
  const article = value.article ?? value.article_id;
  const rest = Object.entries(value).filter(([, v]) => typeof v !== 'object');
  return h(
    'div',
    { class: 'side' },
    who ? h('p', {}, h('strong', {}, who), when ? ` (${when})` : '') : null,
    text ? h('blockquote', {}, text) : null,
    typeof article === 'number' || typeof article === 'string'
      ? link(articleHref(article, typeof value.start === 'number' ? value.start : undefined), `article ${String(article)}`)
      : null,
    h('dl', {}, ...rest.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
  );
}

export async function contradictionsView(main: HTMLElement): Promise<void> {
  document.title = 'Contradictions — dateline';
  append(main, h('h1', { tabindex: -1 }, 'Contradictions'));
  const page = await api<Page<Item>>('contradictions', { limit: 100 });
  if (page.items.length === 0) {
    append(main, empty('No contradictions found in this store (yet): where two statements disagree, they show here side by side.'));
    return;
  }
  const items = page.items.map((item) => {
    const sides = sidesOf(item);
    const label = [item.kind, item.type, item.reason, item.topic].find((v) => typeof v === 'string') as string | undefined;
    return h(
      'li',
      { class: 'contradiction' },
      label ? h('p', { class: 'meta' }, label) : null,
      sides ? h('div', { class: 'sides' }, side(sides[0]), side(sides[1])) : h('pre', {}, JSON.stringify(item, null, 2)),
    );
  });
  append(main, h('ol', { class: 'contradictions' }, ...items));
}
