// @vitest-environment jsdom
// jsdom stands in for the renderer's DOM (DOMParser and DOMPurify), as in purify-article.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSrcdoc, originalSrcdoc } from '../../../renderer/components/srcdoc.ts';

// The documents the reader frames get, built from the raw hostile pages (test/fixtures/hostile):
// each must open with a policy that forbids every load, before any of the page's own markup.

const hostileDir = join(import.meta.dirname, '../../fixtures/hostile');
const pages = readdirSync(hostileDir).filter((name) => name.endsWith('.html') && !name.startsWith('huge'));
const read = (name: string): string => readFileSync(join(hostileDir, name), 'utf8');

function firstPolicy(srcdoc: string): string {
  const doc = new DOMParser().parseFromString(srcdoc, 'text/html');
  const policy = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
  // A policy covers only what comes after it: before it there may be nothing but the charset.
  const before = [...doc.head.children].slice(
    0,
    policy === null ? 0 : [...doc.head.children].indexOf(policy),
  );
  expect(before.every((element) => element.matches('meta[charset]'))).toBe(true);
  return policy?.getAttribute('content') ?? '';
}

describe('the reader frames’ documents for hostile pages', () => {
  it.each(pages)(
    '%s: the original view opens with default-src none and keeps no refresh, base, link or frame',
    (name) => {
      const srcdoc = originalSrcdoc(read(name));
      expect(srcdoc.startsWith('<!doctype html><meta http-equiv="Content-Security-Policy"')).toBe(true);
      expect(firstPolicy(srcdoc)).toBe("default-src 'none'; style-src 'unsafe-inline'");
      const doc = new DOMParser().parseFromString(srcdoc, 'text/html');
      expect(doc.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
      expect(doc.querySelectorAll('base, link, script, iframe, object, embed')).toHaveLength(0);
    },
  );

  it('keeps the original view’s links as text that cannot navigate the frame, with their address as a tooltip', () => {
    const doc = new DOMParser().parseFromString(originalSrcdoc(read('refresh-and-base.html')), 'text/html');
    const remote = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'remote link');
    expect(remote?.hasAttribute('href')).toBe(false);
    expect(remote?.hasAttribute('ping')).toBe(false);
    expect(remote?.getAttribute('title')).toBe('http://link.marker.test/story');
    const blank = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'new-window link');
    expect(blank?.hasAttribute('target')).toBe(false);
    const inPage = new DOMParser().parseFromString(originalSrcdoc('<a href="#notes">notes</a>'), 'text/html');
    expect(inPage.querySelector('a')?.getAttribute('href')).toBe('#notes');
  });

  it.each(pages)(
    '%s: the clean view, purified at the sink, has no script, handler, style or remote source',
    (name) => {
      const srcdoc = cleanSrcdoc(read(name), 'en');
      expect(firstPolicy(srcdoc)).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:$/);
      const body = srcdoc.slice(srcdoc.indexOf('<body>'));
      expect(body).not.toMatch(/<(?:script|style|iframe|object|embed|form|svg|math|base|meta|link)\b/i);
      expect(body).not.toMatch(
        /<[^>]*\s(?:on[a-z]+|style|srcset|background|poster|ping|action|formaction)\s*=/i,
      );
      expect(body).not.toMatch(/<[^>]*(?:javascript|vbscript):/i);
      expect(body).not.toMatch(/<[^>]*\ssrc="(?!data:image\/)/i);
    },
  );
});
