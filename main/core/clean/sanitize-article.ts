import { classifyUrl, firstSrcsetUrl } from './classify-url.ts';
import { isElement, type DomDocument, type DomElement, type DomNode } from './dom-types.ts';
import { createEmptyDocument } from './parse-document.ts';

// Why not DOMPurify: DOMPurify 3.x cannot run on a linkedom window. linkedom has no
// document.implementation (DOMPurify then reports isSupported=false and sanitize()
// returns its input UNCHANGED), no NodeFilter, and returns a new NamedNodeMap/NodeList
// from every .attributes/.childNodes read, which DOMPurify's clobbering check
// (_isClobbered) takes for DOM clobbering, so once shimmed it removes every element.
// Making it work means patching linkedom's prototypes process-wide. Instead this is a
// strict allowlist: the output tree is rebuilt element by element in a fresh document,
// so nothing that is not listed here can reach it. test/unit/core/clean/sanitize-article.test.ts
// checks it against DOMPurify running on jsdom. This is the store-time sanitizer: what it returns
// is stored, exported and printed by `dossier clean --json`. DOMPurify itself runs at the sink, in
// the renderer on the browser's DOM (renderer/components/purify-article.ts).

/** Elements dropped with everything inside them: active content, embeds, forms, metadata, styling. */
// prettier-ignore
const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'base', 'meta', 'link', 'title', 'head', 'svg', 'math',
  'canvas', 'audio', 'video', 'track', 'param', 'map', 'area', 'dialog', 'portal', 'slot', 'noembed', 'noframes', 'xmp',
  'plaintext', 'nav', 'menu',
]);

/** Elements kept (with allowed attributes only); anything else is unwrapped to its children. */
// prettier-ignore
const keptTags = new Set([
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

const globalAttributes = ['title', 'lang', 'dir'];
const tagAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  del: ['datetime'],
  ins: ['datetime'],
};

/** Elements that count as content even without text: an element holding one is not empty. */
const contentTags = new Set(['img', 'picture', 'hr', 'br', 'table']);

/** Elements that are empty (no text, no image) after cleaning and can go. */
const prunableWhenEmpty = new Set([
  'p',
  'div',
  'span',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'li',
  'a',
  'ul',
  'ol',
  'b',
  'strong',
  'em',
  'i',
  'small',
]);

/** Rebuilds an article tree from an allowlist: no script, handlers, embeds, forms or remote loads (image URLs move to data-remote-src / data-local-src). */
export function sanitizeArticle(root: DomElement): DomElement {
  const document = createEmptyDocument();
  const container = document.createElement('div');
  for (const child of Array.from(root.childNodes)) appendClean(document, container, child);
  return container;
}

/** Appends the cleaned copy of `node` to `parent`; true when it added text or a picture, rule or table. */
function appendClean(document: DomDocument, parent: DomElement, node: DomNode): boolean {
  if (!isElement(node)) {
    // Text only: comments, processing instructions and CDATA never reach the output.
    if (node.nodeType !== 3) return false;
    const text = node.textContent ?? '';
    parent.append(document.createTextNode(text));
    return text.trim() !== '';
  }
  const tag = node.localName.toLowerCase();
  if (droppedTags.has(tag)) return false;
  const target = keptTags.has(tag) ? document.createElement(tag) : parent;
  if (target !== parent) copyAttributes(node, target, tag);
  // Emptiness is carried up from the children rather than re-read (textContent and a selector query)
  // for every prunable element, which walked each subtree once per ancestor.
  let content = contentTags.has(tag);
  for (const child of Array.from(node.childNodes)) if (appendClean(document, target, child)) content = true;
  if (target === parent) return content;
  if (prunableWhenEmpty.has(tag) && !content) return false;
  parent.append(target);
  return content;
}

function copyAttributes(source: DomElement, target: DomElement, tag: string): void {
  for (const name of [...globalAttributes, ...(tagAttributes[tag] ?? [])]) {
    const value = source.getAttribute(name);
    if (value !== null) target.setAttribute(name, value);
  }
  if (tag === 'a') copyHref(source, target);
  if (tag === 'img' || tag === 'source') copyImageSource(source, target);
}

function copyHref(source: DomElement, target: DomElement): void {
  const href = source.getAttribute('href')?.trim() ?? '';
  const kind = classifyUrl(href);
  if (kind === 'remote' || kind === 'local' || kind === 'fragment' || kind === 'mail')
    target.setAttribute('href', href);
}

function copyImageSource(source: DomElement, target: DomElement): void {
  const url = imageUrl(source);
  if (url === null) return;
  const kind = classifyUrl(url);
  // Loading a remote image would tell the site the article was opened; keep the URL for a later placeholder.
  if (kind === 'remote') target.setAttribute('data-remote-src', url);
  // A saved page's "NAME_files/" picture: the import stores it and relinks it as data-asset (core/assets/link-assets.ts).
  else if (kind === 'local') target.setAttribute('data-local-src', url);
  else if (kind === 'data-image') target.setAttribute('src', url);
}

function imageUrl(source: DomElement): string | null {
  const src = source.getAttribute('src')?.trim() ?? '';
  const lazy = ['data-src', 'data-lazy-src', 'data-original']
    .map((name) => source.getAttribute(name)?.trim() ?? '')
    .find((value) => value !== '');
  // Lazy-loading pages put a tiny placeholder in src and the real picture in data-src.
  if (lazy !== undefined && (src === '' || src.startsWith('data:'))) return lazy;
  return src !== '' ? src : firstSrcsetUrl(source.getAttribute('srcset'));
}
