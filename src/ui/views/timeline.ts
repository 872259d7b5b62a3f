import { api, type Page, type TimelineItem } from '../api.js';
import { append, articleHref, empty, h, link, section } from '../dom.js';

/** Days since 1970 of a TimeML date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); undefined for others. */
export function dayOf(value: string | null): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[4]) return Date.UTC(year, 0, 1 + (Number(m[4]) - 1) * 7) / 86_400_000;
  return Date.UTC(year, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A horizontal date axis with a marker per item, each a link to its words. */
function axis(items: readonly TimelineItem[]): HTMLElement | null {
  const days = items.map((t) => dayOf(t.date)).filter((d): d is number => d !== undefined);
  if (days.length === 0) return null;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(1, max - min);
  const pos = (day: number) => `${(((day - min) / span) * 96 + 2).toFixed(2)}%`;
  const line = h('div', { class: 'axis', role: 'group', 'aria-label': `Date axis from ${iso(min)} to ${iso(max)}` });
  const ticks = Math.min(4, Math.max(1, max - min));
  for (let k = 0; k <= ticks; k++) {
    const day = min + (span * k) / ticks;
    line.appendChild(h('span', { class: 'tick', 'data-left': pos(day) }, iso(Math.round(day))));
  }
  for (const t of items) {
    const day = dayOf(t.date);
    if (day === undefined) continue;
    line.appendChild(
      h('a', {
        class: `dot dot-${t.kind}`,
        href: articleHref(t.article, t.kind === 'event' ? undefined : t.start),
        'data-left': pos(day),
        'aria-label': `${t.date}: ${t.kind} ${t.who ?? ''}: ${t.text.slice(0, 80)}`,
        title: `${t.date} ${t.who ?? ''}: ${t.text.slice(0, 120)}`,
      }),
    );
  }
  // Positions go through the CSSOM (the page's policy allows no inline style attributes).
  for (const el of line.querySelectorAll<HTMLElement>('[data-left]')) el.style.left = el.dataset.left ?? '0';
  return line;
}

export async function timelineView(main: HTMLElement, entity: string): Promise<void> {
  document.title = entity ? `${entity} timeline — dateline` : 'Timeline — dateline';
  const form = h(
    'form',
    { class: 'search', method: 'get', action: '/timeline' },
    h('label', { for: 'entity' }, 'Entity'),
    h('input', { id: 'entity', name: 'entity', value: entity, placeholder: 'a name, a last name or an id' }),
    h('button', { type: 'submit' }, 'Show'),
  );
  append(main, h('h1', { tabindex: -1 }, entity ? `Timeline: ${entity}` : 'Timeline'), form);
  if (!entity) return;
  const page = await api<Page<TimelineItem>>('timeline', { entity, limit: 500 });
  if (page.items.length === 0) {
    append(main, empty('Nothing dated for this entity.'));
    return;
  }
  const rows = page.items.map((t) =>
    h(
      'li',
      { class: `tl-${t.kind}` },
      h('time', {}, t.date ?? 'undated'),
      h('span', { class: 'kind' }, t.kind),
      t.who ? h('strong', {}, `${t.who}: `) : '',
      link(articleHref(t.article, t.kind === 'event' ? undefined : t.start), t.text),
    ),
  );
  append(main, axis(page.items), section(`${page.items.length} item(s), by date`, h('ol', { class: 'timeline' }, ...rows)));
}
