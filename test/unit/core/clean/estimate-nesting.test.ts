import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlNesting, measureDom } from '../../../../main/core/clean/check-dom-limits.ts';
import { estimateNesting } from '../../../../main/core/clean/estimate-nesting.ts';
import { parseDocument } from '../../../../main/core/clean/parse-document.ts';
import { readSource } from '../../../../main/core/clean/read-source.ts';

const fixturesDir = join(import.meta.dirname, '../../../fixtures');

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(path);
    return /\.(?:html?|mhtml?)$/.test(entry.name) ? [path] : [];
  });
}

describe('estimating the nesting of markup before parsing it', () => {
  it('counts nested elements and ignores void elements, self-closed tags and comments', () => {
    expect(estimateNesting('<div><section><p>x<br><img src=a><span/></p></section></div>')).toBe(3);
    expect(estimateNesting('<div><!-- <div><div><div> --></div>')).toBe(1);
  });

  it('treats unclosed list items, paragraphs and cells as siblings, as the parser does', () => {
    expect(estimateNesting(`<ul>${'<li>item'.repeat(1_000)}</ul>`)).toBe(2);
    expect(estimateNesting(`<div>${'<p>para'.repeat(1_000)}</div>`)).toBe(2);
    expect(estimateNesting(`<table><tr>${'<td>cell'.repeat(1_000)}</table>`)).toBe(3);
  });

  it('lets an end tag close the elements left open inside it', () => {
    // Sloppy markup: every <span> is closed by its parent's </div>, so nothing accumulates.
    expect(estimateNesting('<div><span><b>text</div>'.repeat(1_000))).toBe(3);
  });

  it('skips the text of scripts, styles and titles, whatever it looks like', () => {
    const html = `<head><title><div><div></title><style>a>b{}</style></head><script>if (a<div) "<div>"</script><p>x</p>`;
    expect(estimateNesting(html)).toBe(2);
  });

  it('never estimates a fixture page deeper than its parsed document is', () => {
    const files = pageFiles(fixturesDir);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const source = readSource({ bytes: readFileSync(file), fileName: file }, {});
      if (!source.ok) continue;
      const parsed = parseDocument(source.value.html, file);
      if (!parsed.ok) continue;
      const real = measureDom(parsed.value, { maxNodes: Infinity, maxDepth: Infinity }).depth;
      expect(estimateNesting(source.value.html), file).toBeLessThanOrEqual(real);
    }
  });

  it('refuses markup nested 100,000 deep without parsing it, and lets moderate nesting through to the parser', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}x</body></html>`;
    expect(checkHtmlNesting(deep, 'deep.html')).toEqual({
      ok: false,
      error: { code: 'too-complex', message: 'deep.html nests elements more than 512 levels deep' },
    });
    // 600 levels is over the limit, but that is for the parsed document's exact check to say.
    expect(checkHtmlNesting(`${'<div>'.repeat(600)}x`, 'moderate.html').ok).toBe(true);
  });
});
