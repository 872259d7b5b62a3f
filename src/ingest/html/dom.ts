import { createRequire } from 'node:module';
import type { parseHTML as linkedomParse } from 'linkedom';

type ParseHtml = typeof linkedomParse;
let parseHTML: ParseHtml | undefined;

/** linkedom (~180 ms to load), loaded on the first page parsed: a run without HTML never pays for it. */
function linkedom(): ParseHtml {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: ParseHtml }).parseHTML;
  return parseHTML;
}

/**
 * The few DOM members the HTML reader uses, typed here because the project compiles
 * without the browser's DOM library. linkedom's nodes have all of them.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  contains(other: DomNode): boolean;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a page with linkedom (forgiving: broken markup gives a tree, never an error). */
export function parsePage(html: string): DomDocument {
  const { document } = linkedom()(html) as unknown as { document: DomDocument };
  return document;
}

/** Every element matching `selector`, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** The element's text with runs of white space made one space, trimmed. */
export function flatText(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
