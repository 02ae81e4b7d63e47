import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
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

  it('prunes elements left empty by the rebuild but keeps those holding only a picture, break, rule or table', () => {
    const out = sanitize(
      '<div><p> <script>x()</script> </p><span><iframe></iframe></span></div><p><img alt="i" src="data:image/png;base64,AA=="></p><p><br></p><div><hr></div><div><table></table></div><section><noscript>n</noscript></section>',
    );
    expect(out).toBe(
      '<p><img src="data:image/png;base64,AA==" alt="i"></p><p><br></p><div><hr></div><div><table></table></div>',
    );
  });

  it('keeps tables, lists, quotes and figures with their captions', () => {
    const html =
      '<figure><img alt="x" src="./x.jpg"><figcaption>Caption. Photo: A. Holm</figcaption></figure><table><tbody><tr><td colspan="2">1</td></tr></tbody></table><ul><li>one</li></ul><blockquote><p>q</p></blockquote>';
    expect(sanitize(html)).toBe(html.replace('alt="x" src="./x.jpg"', 'data-local-src="./x.jpg" alt="x"'));
  });

  it('keeps only raster data:image sources and drops data:text, data:image/svg and javascript: sources', () => {
    const out = sanitize(
      '<img alt="a" src="data:image/png;base64,iVBORw0KGgo="><img alt="b" src="data:text/html;base64,PHNjcmlwdD4="><img alt="c" src="data:image/svg+xml;base64,PHN2Zz4="><img alt="d" src="javascript:alert(1)">',
    );
    expect(out).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a"><img alt="b"><img alt="c"><img alt="d">',
    );
  });

  it('drops style attributes with CSS url(), background and poster, and srcset with a script URL', () => {
    const out = sanitize(
      '<p style="background:url(https://t.example/p.gif)" background="https://t.example/b.gif">x</p><img alt="s" srcset="javascript:alert(1) 1x"><video poster="https://t.example/v.jpg"></video>',
    );
    expect(out).toBe('<p>x</p><img alt="s">');
  });

  it('drops svg and math with everything inside, including their scripts and links', () => {
    const out = sanitize(
      '<p>a</p><svg onload="x()"><a href="javascript:1"><text>t</text></a><script>1</script><foreignObject><p>f</p></foreignObject></svg><math><maction actiontype="statusline" xlink:href="javascript:1">m</maction></math><p>b</p>',
    );
    expect(out).toBe('<p>a</p><p>b</p>');
  });

  it('drops a meta refresh, base and frames even when nested inside kept elements', () => {
    const out = sanitize(
      '<div><p>a<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:/"></p><figure><iframe srcdoc="<script>1</script>"></iframe><frameset><frame src="x"></frameset></figure></div>',
    );
    expect(out).toBe('<div><p>a</p></div>');
  });

  it('is what cleanPage stores, so a hostile page comes out inert without any later pass', () => {
    const words = 'The council met on Tuesday to discuss the harbour budget and the new ferry timetable. ';
    const page = `<html><body><article><h1>Ferry budget</h1><p onclick="steal()">${words.repeat(6)}<script>alert(1)</script></p>
      <p><img src="https://pixel.test/t.gif" onerror="alert(1)" alt="pixel"><a href="javascript:alert(2)">x</a>${words.repeat(4)}</p>
      <form action="https://evil.test/"><input name="q"></form><p style="background:url(https://t.test/b.gif)">${words}</p></article></body></html>`;
    const result = cleanPage({ bytes: new TextEncoder().encode(page), fileName: 'ferry.html' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.html).toContain('ferry timetable');
    expect(result.value.html).not.toMatch(
      /onerror|onclick|\ssrc=|<script|javascript:|<form|<input|style=|url\(/i,
    );
  });

  it('stores article HTML with CR LF and lone CR newlines turned into LF, as an HTML parser reads them', () => {
    const words = 'The ferry left the harbour at dawn with forty passengers and a cargo of timber. ';
    const page = `<html><body><article>\r\n<p>${words.repeat(5)}</p>\r<p>${words.repeat(5)}</p>\r\n</article></body></html>`;
    const result = cleanPage({ bytes: new TextEncoder().encode(page), fileName: 'crlf.html' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.html).toContain('</p>\n<p>');
    expect(result.value.html).not.toContain('\r');
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
