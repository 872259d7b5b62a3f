/**
 * Building the page: elements are made with createElement and filled with textContent,
 * never innerHTML, so no text from an article or the store can become markup.
 */

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A link within the UI (full page loads: the server answers every UI path). */
export function link(href: string, text: string, attrs: Attrs = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, text);
}

export const articleHref = (id: number | string, at?: number) =>
  `/articles/${encodeURIComponent(String(id))}${at === undefined ? '' : `?at=${at}`}`;
export const entityHref = (ref: number | string) => `/entities/${encodeURIComponent(String(ref))}`;

/** A search snippet: the store marks matches as [words]; they become <mark> elements, the rest text. */
export function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, piece] of text.split(/\[|\]/).entries()) append(p, i % 2 === 1 ? h('mark', { class: 'hit' }, piece) : piece);
  return p;
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** A heading and a section; the view's main heading takes focus when the page loads. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}
