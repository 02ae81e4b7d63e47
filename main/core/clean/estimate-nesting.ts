/** Elements that never have children. */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text, not tags: their inside is skipped to the closing tag. */
const rawTextElements = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

/** Elements a second start tag of the same name closes (`<li>a<li>b` are siblings, not nested). */
const selfClosingSiblings = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'rb',
  'rt',
  'rp',
  'a',
  'button',
  'nobr',
  'form',
]);

/**
 * Estimates the deepest element nesting of raw HTML with a tag scanner, in linear time. It errs low:
 * end tags close back to their opening tag, and start tags that imply an end (`<li>`, `<p>`, `<td>` …)
 * close the previous one. Parsing a page nested 100,000 deep takes linkedom tens of seconds (its cost
 * grows with the square of the depth), so such a page is refused from this estimate before parsing.
 */
export function estimateNesting(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const open: string[] = [];
  // How many of each name are open, so an end tag with nothing to close costs nothing.
  const openCount = new Map<string, number>();
  const closeTo = (name: string): void => {
    if ((openCount.get(name) ?? 0) === 0) return;
    for (let popped = open.pop(); popped !== undefined; popped = open.pop()) {
      openCount.set(popped, (openCount.get(popped) ?? 1) - 1);
      if (popped === name) return;
    }
  };
  let deepest = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const match = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 64));
    if (match === null) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const tagEnd = endOfTag(html, at + 1);
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') closeTo(name);
    else if (!voidElements.has(name) && html[tagEnd - 2] !== '/') {
      if (selfClosingSiblings.has(name)) closeTo(name);
      if (rawTextElements.has(name)) {
        // Its content is text: skip to its end tag (case-insensitive, without copying the page).
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = tagEnd;
        const found = close.exec(html);
        at = found === null ? -1 : html.indexOf('<', endOfTag(html, found.index + 1));
        deepest = Math.max(deepest, open.length + 1);
        continue;
      }
      open.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (open.length > deepest) deepest = open.length;
      if (deepest > stopAbove) return deepest;
    }
    at = html.indexOf('<', tagEnd);
  }
  return deepest;
}

/** The index just past the `>` that ends the tag starting before `from`, skipping quoted values. */
function endOfTag(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const char = html[at];
    if (char === '>') return at + 1;
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, at + 1);
      if (close === -1) return html.length;
      at = close + 1;
    } else at += 1;
  }
  return html.length;
}
