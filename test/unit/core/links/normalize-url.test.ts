import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../../main/core/links/normalize-url.ts';

const base = 'https://example.org/news/story';

describe('normalizeUrl', () => {
  it('lower-cases the scheme and the host but keeps the path as written', () => {
    expect(normalizeUrl('HTTPS://Example.ORG/News/Story')).toBe('https://example.org/News/Story');
  });

  it('treats http and https as the same address', () => {
    expect(normalizeUrl('http://example.org/news/story')).toBe(base);
  });

  it('strips a leading www. from the host', () => {
    expect(normalizeUrl('https://www.example.org/news/story')).toBe(base);
  });

  it('strips trailing slashes', () => {
    expect(normalizeUrl('https://example.org/news/story/')).toBe(base);
    expect(normalizeUrl('https://example.org/')).toBe('https://example.org');
  });

  it('drops utm_* parameters whatever their case', () => {
    expect(normalizeUrl(`${base}?utm_source=x&UTM_Medium=y&utm_campaign=z`)).toBe(base);
  });

  it('drops fbclid, gclid, mc_cid and mc_eid', () => {
    expect(normalizeUrl(`${base}?fbclid=1&gclid=2&mc_cid=3&mc_eid=4`)).toBe(base);
  });

  it('drops the fragment', () => {
    expect(normalizeUrl(`${base}#comments`)).toBe(base);
  });

  it('keeps other parameters, sorted by name then value', () => {
    expect(normalizeUrl(`${base}?page=2&id=7&utm_source=x&id=3`)).toBe(`${base}?id=3&id=7&page=2`);
  });

  it('drops default ports and keeps others', () => {
    expect(normalizeUrl('http://example.org:80/a')).toBe('https://example.org/a');
    expect(normalizeUrl('https://example.org:8443/a')).toBe('https://example.org:8443/a');
  });

  it('gives null for missing, malformed and non-web URLs', () => {
    expect(normalizeUrl(null)).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('file:///home/me/page.html')).toBeNull();
  });

  it('makes all the variants of one address equal', () => {
    const variants = [
      'http://www.Example.org/news/story/?utm_source=feed#top',
      'https://example.org/news/story?fbclid=abc',
      'HTTPS://WWW.EXAMPLE.ORG/news/story/',
    ];
    expect(new Set(variants.map(normalizeUrl))).toEqual(new Set([base]));
  });
});
