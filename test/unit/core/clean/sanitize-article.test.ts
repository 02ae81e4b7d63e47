import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { sanitizeArticle } from '../../../../main/core/clean/sanitize-article.ts';

function sanitize(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return sanitizeArticle(document.body as unknown as DomElement).innerHTML;
}

// linkedom serializes the attributes it was given last first; attribute order carries no meaning.
describe('sanitizeArticle', () => {
  it('drops <script> and its text', () => {
    expect(sanitize('<p>Kept</p><script>steal()</script>')).toBe('<p>Kept</p>');
  });

  it('drops onerror and every other on* handler', () => {
    const out = sanitize('<p onclick="a()">x<img alt="A" src="./a.jpg" onerror="b()" onload="c()"></p>');
    expect(out).toBe('<p>x<img data-local-src="./a.jpg" alt="A"></p>');
  });

  it('drops javascript: hrefs, even disguised, but keeps relative, http and mailto links', () => {
    const out = sanitize(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:x">b</a><a href="java&#x09;script:x">c</a><a href="../other.html">d</a><a href="https://e.example/">e</a><a href="mailto:f@g.example">f</a><a href="data:text/html,x">g</a>',
    );
    expect(out).toBe(
      '<a>a</a><a>b</a><a>c</a><a href="../other.html">d</a><a href="https://e.example/">e</a><a href="mailto:f@g.example">f</a><a>g</a>',
    );
  });

  it('moves remote and protocol-relative image URLs to data-remote-src and keeps alt', () => {
    expect(
      sanitize('<img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a2.jpg 2x" alt="Harbour">'),
    ).toBe('<img data-remote-src="https://cdn.example/a.jpg" alt="Harbour">');
    expect(
      sanitize(
        '<picture><source srcset="//cdn.example/b.webp 1x"><img data-src="//cdn.example/b.jpg" src="data:image/gif;base64,R0lGOD"></picture>',
      ),
    ).toBe(
      '<picture><source data-remote-src="//cdn.example/b.webp"><img data-remote-src="//cdn.example/b.jpg"></picture>',
    );
  });

  it('removes iframes, objects, embeds, forms, base, meta, link and style', () => {
    const out = sanitize(
      '<p>a</p><iframe src="https://x.example"></iframe><object data="x"></object><embed src="x"><form><input name="q"></form><base href="https://evil.example/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x.css"><style>p{}</style><p>b</p>',
    );
    expect(out).toBe('<p>a</p><p>b</p>');
  });

  it('keeps tables, lists, quotes and figures with their captions', () => {
    const html =
      '<figure><img alt="x" src="./x.jpg"><figcaption>Caption. Photo: A. Holm</figcaption></figure><table><tbody><tr><td colspan="2">1</td></tr></tbody></table><ul><li>one</li></ul><blockquote><p>q</p></blockquote>';
    expect(sanitize(html)).toBe(html.replace('alt="x" src="./x.jpg"', 'data-local-src="./x.jpg" alt="x"'));
  });

  it('leaves nothing that DOMPurify (on jsdom) would still remove', () => {
    const hostile =
      '<div style="x" class="c" id="i"><svg><script>1</script></svg><math><mi xlink:href="javascript:1">m</mi></math><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><a href="vbscript:x" target="_blank">v</a><details open ontoggle="x()"><summary>s</summary>d</details><template><img src=x onerror=1></template></div>';
    const purify = createDOMPurify(new JSDOM('').window);
    const ours = sanitize(hostile);
    expect(purify.sanitize(ours)).toBe(ours);
    expect(purify.removed).toEqual([]);
  });
});
