import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { carryDirection, pageDirection } from '../../../../main/core/clean/carry-direction.ts';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';
import type { DomDocument, DomElement } from '../../../../main/core/clean/dom-types.ts';
import { goldenInput } from './golden-files.ts';

function clean(slug: string): CleanedPage {
  const result = cleanPage(goldenInput(slug));
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  return result.value;
}

function parse(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

describe('charset golden pages', () => {
  it('counts the Chinese page in dictionary words: fewer than its characters, far more than its lines', () => {
    const page = clean('chinese-gb18030');
    const hanzi = Array.from(page.text.matchAll(/\p{Script=Han}/gu)).length;
    expect(hanzi).toBeGreaterThan(180);
    expect(page.wordCount).toBeGreaterThan(hanzi / 2);
    expect(page.wordCount).toBeLessThan(hanzi);
  });

  it('carries the page-level dir="rtl" onto the stored Arabic and Hebrew article HTML', () => {
    for (const slug of ['arabic-windows-1256', 'hebrew-windows-1255']) {
      expect(clean(slug).html).toMatch(/^<div dir="rtl">/);
    }
  });

  it('adds no dir to a page that declares none', () => {
    expect(clean('polish-iso-8859-2').html).not.toContain('dir=');
  });
});

describe('carryDirection', () => {
  it('reads dir from <html>, then <body>, ignoring "auto"', () => {
    expect(pageDirection(parse('<html dir="RTL"><body><p>x</p></body></html>'))).toBe('rtl');
    expect(pageDirection(parse('<html><body dir="ltr"><p>x</p></body></html>'))).toBe('ltr');
    expect(pageDirection(parse('<html dir="auto"><body><p>x</p></body></html>'))).toBeNull();
  });

  it('leaves an article that declares its own direction alone', () => {
    const document = parse(
      '<html dir="rtl"><body><div><p dir="ltr">x</p></div><div dir="ltr"><p>y</p></div></body></html>',
    );
    const article = document.body as DomElement;
    carryDirection(document, article);
    expect(Array.from(article.children, (child) => child.getAttribute('dir'))).toEqual([null, 'ltr']);
  });
});
