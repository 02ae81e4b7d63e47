import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { purifyHtml } from '../../../../main/core/clean/purify-html.ts';

describe('purifyHtml (DOMPurify, the last pass over article HTML)', () => {
  it('removes script, event handlers and javascript: links', () => {
    const out = purifyHtml(
      '<p onclick="steal()">Text<script>alert(1)</script> <a href="javascript:alert(2)">x</a></p>',
    );
    expect(out).not.toMatch(/script|onclick|javascript:/i);
    expect(out).toContain('Text');
  });

  it('drops remote and protocol-relative image sources but keeps inline data: images', () => {
    const out = purifyHtml(
      '<img alt="a" src="https://tracker.test/p.gif"><img alt="b" src="//cdn.test/x.jpg"><img alt="c" src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(out).not.toContain('tracker.test');
    expect(out).not.toContain('cdn.test');
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('runs on every cleaned article, so a hostile page comes out inert', () => {
    const words = 'The council met on Tuesday to discuss the harbour budget and the new ferry timetable. ';
    const page = `<html><body><article><h1>Ferry budget</h1><p>${words.repeat(6)}</p>
      <p><img src="https://pixel.test/t.gif" onerror="alert(1)" alt="pixel">${words.repeat(4)}</p></article></body></html>`;
    const result = cleanPage({ bytes: new TextEncoder().encode(page), fileName: 'ferry.html' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.html).toContain('ferry timetable');
    expect(result.value.html).not.toMatch(/onerror|\ssrc="https:\/\/pixel|<script/);
  });
});
