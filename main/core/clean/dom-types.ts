// main/ has no DOM lib (see main/tsconfig.json), and linkedom's own typings
// reference the DOM's `Window`. These are the few structural shapes the
// cleaner relies on; linkedom's nodes satisfy them at run time.

/** A node of a linkedom document, as far as the cleaner uses it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentElement: DomElement | null;
  readonly childNodes: Iterable<DomNode> & ArrayLike<DomNode>;
  readonly ownerDocument: DomDocument;
  textContent: string | null;
  remove(): void;
}

/** An element of a linkedom document. */
export interface DomElement extends DomNode {
  readonly localName: string;
  readonly tagName: string;
  readonly children: Iterable<DomElement> & ArrayLike<DomElement>;
  readonly attributes: Iterable<DomAttribute> & ArrayLike<DomAttribute>;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  append(...nodes: (DomNode | string)[]): void;
  replaceWith(...nodes: (DomNode | string)[]): void;
}

/** One attribute of an element. */
export interface DomAttribute {
  readonly name: string;
  readonly value: string;
}

/** A linkedom HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  createElement(localName: string): DomElement;
  createTextNode(text: string): DomNode;
}

/** Node types the cleaner distinguishes (DOM standard values). */
export const nodeTypes = { element: 1, text: 3, comment: 8 } as const;

/** Narrows a node to an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === nodeTypes.element;
}
