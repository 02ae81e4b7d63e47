// @vitest-environment jsdom
// jsdom stands in for the renderer's DOM: DOMPurify needs a window, and the function uses the global one.
import { describe, expect, it } from 'vitest';
import { purifyArticle } from '../../../renderer/components/purify-article.ts';
import { cleanSrcdoc } from '../../../renderer/components/srcdoc.ts';

const hostile =
  '<p onclick="steal()">Text<script>alert(1)</script> <a href="javascript:alert(2)">x</a></p>' +
  '<img alt="t" src="https://tracker.test/p.gif" onerror="alert(3)"><img alt="d" src="data:image/png;base64,iVBORw0KGgo=">' +
  '<svg onload="alert(4)"></svg><iframe src="https://evil.test/"></iframe><form action="https://evil.test/"><input></form>' +
  '<p style="background:url(https://t.test/b.gif)">Styled</p><base href="https://evil.test/"><meta http-equiv="refresh" content="0">' +
  '<img alt="a" data-asset="ab12" srcset="https://t.test/s.jpg 2x">';

describe('purifyArticle (DOMPurify at the sink, before the reader frame)', () => {
  it('removes scripts, handlers, script URLs, remote sources, svg, frames, forms, styles, base and meta', () => {
    const out = purifyArticle(hostile);
    expect(out).not.toMatch(
      /script|onclick|onerror|onload|javascript:|tracker\.test|evil\.test|t\.test|<svg|<iframe|<form|<input|style=|<base|<meta/i,
    );
    expect(out).toContain('Text');
    expect(out).toContain('Styled');
  });

  it('keeps inline data: images and the data-asset reference that show-images turns into a stored image', () => {
    const out = purifyArticle(hostile);
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).toContain('data-asset="ab12"');
  });

  it('is applied by cleanSrcdoc, so the frame never receives the hostile markup', () => {
    const srcdoc = cleanSrcdoc(hostile, 'en');
    expect(srcdoc).toContain('Text');
    expect(srcdoc).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|evil\.test/i);
  });
});
