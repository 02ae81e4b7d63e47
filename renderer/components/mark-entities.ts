import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import { compactIndex, compactText, domText, nearestOccurrence, squeeze, type DomText } from './text-map.ts';

/** The class of the elements that highlight entity mentions in the article frame. */
export const entityClass = 'dossier-entity';
const styleId = 'dossier-entity-style';
const colourPattern = /^#[0-9a-f]{6}$/i;

/** Colours of the built-in types; any user-defined type shares the 'custom' one. */
const typeColours: Record<string, string> = {
  person: '#2f6fd6',
  organisation: '#2d8a4e',
  place: '#c46a12',
  event: '#8a4cc4',
  other: '#7a7369',
  custom: '#0f8a8a',
};

/** The colour a mention is drawn in: the entity's own, else its type's. */
export function entityColour(type: string, colour: string | null): string {
  if (colour !== null && colourPattern.test(colour)) return colour;
  // hasOwn: a user-defined type may be called 'constructor'.
  return (Object.hasOwn(typeColours, type) ? typeColours[type] : undefined) ?? '#0f8a8a';
}

// Injected into the frame (its CSP allows inline styles) so the reader's stylesheet stays untouched.
const entityCss = `
.${entityClass} { background: color-mix(in srgb, var(--entity) 18%, transparent); border-bottom: 2px solid var(--entity); cursor: pointer; border-radius: 2px; }
.${entityClass}:hover { background: color-mix(in srgb, var(--entity) 32%, transparent); }
.${entityClass}:focus-visible { outline: 2px solid var(--entity); outline-offset: 1px; }
`;

/** Unwraps every entity highlight, keeping what was inside (search marks included). */
export function clearEntityMarks(doc: Document): void {
  const marks = doc.querySelectorAll(`span.${entityClass}`);
  for (const element of marks) element.replaceWith(...element.childNodes);
  // Normalizing merges text nodes, which would drop the reader's selection: only after an unwrap.
  if (marks.length > 0) doc.body.normalize();
}

/** Where a mention sits in the DOM's compact text: [start, end) indexes of DomText.chars. */
interface Placement {
  readonly mention: EntityMentionView;
  readonly from: number;
  readonly to: number;
}

/** Finds each mention's words in the DOM near where its text offset says, following the drift between the two. */
export function placeMentions(
  dom: DomText,
  text: string,
  mentions: readonly EntityMentionView[],
): Placement[] {
  const compact = compactText(text);
  const placed: Placement[] = [];
  let drift = 0;
  let taken = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.unplaced) continue;
    const needle = squeeze(mention.text);
    const expected = compactIndex(compact, mention.start) + drift;
    const found = nearestOccurrence(dom.chars, needle, expected);
    // Overlapping highlights cannot nest cleanly; the first mention keeps the words.
    if (found === -1 || found < taken) continue;
    drift = found - compactIndex(compact, mention.start);
    taken = found + needle.length;
    placed.push({ mention, from: found, to: taken });
  }
  return placed;
}

function ensureStyle(doc: Document, head: HTMLHeadElement): void {
  if (doc.getElementById(styleId) !== null) return;
  const style = doc.createElement('style');
  style.id = styleId;
  style.textContent = entityCss;
  head.append(style);
}

/** Wraps [start, end) of one text node in a highlight for the mention; returns the text after it. */
function wrap(node: Text, start: number, end: number, mention: EntityMentionView): Text {
  const doc = node.ownerDocument;
  const middle = start > 0 ? node.splitText(start) : node;
  const after = middle.splitText(end - start);
  const span = doc.createElement('span');
  span.className = entityClass;
  span.dataset.entityId = String(mention.entityId);
  span.dataset.mentionId = String(mention.id);
  span.dataset.type = mention.type;
  span.title = `${mention.name} (${mention.type})`;
  // Focusable, so a keyboard reaches each mention's corrections (Enter opens them) as a click does.
  span.tabIndex = 0;
  span.setAttribute('role', 'button');
  span.style.setProperty('--entity', entityColour(mention.type, mention.colour));
  middle.replaceWith(span);
  span.append(middle);
  return after;
}

/**
 * Highlights the article's confirmed mentions (offsets into `text`) in the frame's document and
 * returns the mentions it could place; `unplaced` mentions and words not found are left out.
 */
export function markEntities(
  doc: Document,
  text: string,
  mentions: readonly EntityMentionView[],
): EntityMentionView[] {
  // A frame navigating to a new article briefly holds a document without a head or body yet: an
  // entity refresh landing then marks nothing, and the frame's load event marks the new document.
  const head = doc.head as HTMLHeadElement | null;
  const body = doc.body as HTMLElement | null;
  if (head === null || body === null) return [];
  ensureStyle(doc, head);
  const dom = domText(doc);
  const placements = placeMentions(dom, text, mentions);
  // From the end backwards: splitting a node leaves earlier characters' (node, offset) valid.
  for (const { mention, from, to } of [...placements].reverse()) {
    let at = to - 1;
    while (at >= from) {
      const node = dom.nodes[at];
      if (node === undefined) break;
      let first = at;
      while (first - 1 >= from && dom.nodes[first - 1] === node) first -= 1;
      wrap(node, dom.offsets[first] ?? 0, (dom.offsets[at] ?? 0) + 1, mention);
      at = first - 1;
    }
  }
  return placements.map((placement) => placement.mention);
}
