import { ApiError } from './api.js';
import { append, h } from './dom.js';
import { articleView } from './views/article.js';
import { contradictionsView } from './views/contradictions.js';
import { entitiesView, entityView } from './views/entities.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

/** The web UI: one page per URL; the server answers every UI path with this script's page. */
async function route(main: HTMLElement): Promise<void> {
  const path = window.location.pathname;
  const params = new URLSearchParams(window.location.search);
  const segment = (prefix: string) => (path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : undefined);
  const article = segment('/articles/');
  const entity = segment('/entities/');
  const at = params.get('at');
  if (article) return articleView(main, article, at !== null && /^\d+$/.test(at) ? Number(at) : undefined);
  if (entity) return entityView(main, entity);
  if (path === '/entities') return entitiesView(main, params.get('type') ?? '');
  if (path === '/timeline') return timelineView(main, params.get('entity') ?? '');
  if (path === '/contradictions') return contradictionsView(main);
  if (path === '/' || path === '/search') return searchView(main, params.get('q') ?? '');
  throw new ApiError('E_NOT_FOUND', `no page ${path}`);
}

function markCurrent(nav: HTMLElement): void {
  for (const a of nav.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    const here =
      href === '/'
        ? ['/', '/search'].includes(window.location.pathname) || window.location.pathname.startsWith('/articles/')
        : window.location.pathname.startsWith(href);
    if (here) a.setAttribute('aria-current', 'page');
  }
}

async function start(): Promise<void> {
  const main = document.getElementById('main');
  const nav = document.getElementById('nav');
  if (!main || !nav) return;
  markCurrent(nav);
  // "/" anywhere outside a field jumps to the search box.
  document.addEventListener('keydown', (e) => {
    const inField = e.target instanceof HTMLElement && e.target.closest('input, select, textarea');
    if (e.key === '/' && !inField) {
      const box = document.getElementById('q');
      if (box) {
        e.preventDefault();
        box.focus();
      } else if (window.location.pathname !== '/') window.location.assign('/');
    }
  });
  main.setAttribute('aria-busy', 'true');
  try {
    await route(main);
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError('E_UI', String(error));
    main.replaceChildren();
    append(main, h('h1', { tabindex: -1 }, 'Not available'), h('p', { class: 'error', role: 'alert' }, `${e.code}: ${e.message}`));
  } finally {
    main.setAttribute('aria-busy', 'false');
    main.dataset.ready = 'true';
  }
}

void start();
