import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { contentContexts } from '../../../../main/core/clean/junk-rule.ts';
import {
  elementsByTags,
  elementsWithClassOrId,
  forgetRemoved,
  forgetScan,
  insideContentContext,
  minWordCount,
  textHasMoreWords,
  textOf,
} from '../../../../main/core/clean/junk-rule-scan.ts';
import { parseDocument } from '../../../../main/core/clean/parse-document.ts';
import { readSource } from '../../../../main/core/clean/read-source.ts';
import { goldenInput, goldenSlugs } from './golden-files.ts';

function body(html: string): DomElement {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body as unknown as DomElement;
}

function fixtureBody(slug: string): DomElement {
  const source = readSource(goldenInput(slug));
  if (!source.ok) throw new Error(source.error.message);
  const parsed = parseDocument(source.value.html, slug);
  if (!parsed.ok || parsed.value.body === null) throw new Error(`${slug} did not parse`);
  return parsed.value.body;
}

/** Selectors the junk rules used to pass to querySelectorAll. */
const ruleSelectors = ['p, div, span, h2, h3, h4, h5, h6, header, section', 'aside', 'i, span', 'a', 'form'];

beforeEach(() => {
  forgetScan();
});

describe('junk rule scan (one cached walk instead of querySelectorAll)', () => {
  it('lists the same elements in the same order as querySelectorAll on every golden page', () => {
    for (const slug of goldenSlugs()) {
      const root = fixtureBody(slug);
      forgetScan();
      for (const selector of ruleSelectors)
        expect(elementsByTags(root, selector)).toEqual(Array.from(root.querySelectorAll(selector)));
      expect(elementsWithClassOrId(root)).toEqual(Array.from(root.querySelectorAll('[class], [id]')));
    }
  });

  it('skips what sits inside <template>, as linkedom querySelectorAll does', () => {
    const root = body('<p>a</p><template><p>hidden</p></template><div><p>b</p></div>');
    expect(elementsByTags(root, 'p, template').map((element) => textOf(element))).toEqual([
      'a',
      'hidden',
      'b',
    ]);
    expect(elementsByTags(root, 'p')).toEqual(Array.from(root.querySelectorAll('p')));
  });

  it('finds content contexts exactly as closest(contentContexts) does', () => {
    const root = body(
      '<blockquote><p>q <span>s</span></p></blockquote><figure><figcaption><b>c</b></figcaption></figure><table><tr><td><i>t</i></td></tr></table><p>plain <code>x</code></p>',
    );
    for (const element of elementsByTags(root, 'p, span, b, i, code, figure, td'))
      expect(insideContentContext(element)).toBe(element.closest(contentContexts) !== null);
  });

  it('keeps the walk and word counts equal to a fresh walk after a removal', () => {
    const root = body(
      '<div id="outer"><p>one two three four five six</p><div id="box"><p>seven eight nine ten eleven</p><span>x y z w</span></div><p>tail words here and more</p></div>',
    );
    const box = root.querySelector('#box');
    if (box === null) throw new Error('no #box');
    const outer = root.querySelector('#outer');
    if (outer === null) throw new Error('no #outer');
    expect(minWordCount(root, outer)).toBe(12); // each text node counts its words minus two
    forgetRemoved(root, box);
    box.remove();
    const updated = { elements: elementsByTags(root, 'div, p, span'), words: minWordCount(root, outer) };
    forgetScan();
    expect(updated).toEqual({
      elements: elementsByTags(root, 'div, p, span'),
      words: minWordCount(root, outer),
    });
    expect(updated.words).toBe(7);
  });

  it("drops a removed element's ancestors' cached texts", () => {
    const root = body('<div><p>keep</p><p>gone</p></div>');
    const [div, , gone] = elementsByTags(root, 'div, p');
    if (div === undefined || gone === undefined) throw new Error('missing elements');
    expect(textOf(div)).toBe('keepgone');
    forgetRemoved(root, gone);
    gone.remove();
    expect(textOf(div)).toBe('keep');
  });

  it('answers word limits below and above an earlier question from one count', () => {
    const [p] = elementsByTags(body('<p>one two three four five six seven eight nine ten</p>'), 'p');
    if (p === undefined) throw new Error('no p');
    expect(textHasMoreWords(p, 3)).toBe(true);
    expect(textHasMoreWords(p, 50)).toBe(false);
    expect(textHasMoreWords(p, 9)).toBe(true);
    expect(textHasMoreWords(p, 10)).toBe(false);
    expect(textHasMoreWords(p, 200)).toBe(false);
  });
});
