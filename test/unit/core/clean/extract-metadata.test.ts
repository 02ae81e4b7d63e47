import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';

const body = `<body><article><h1>Ferry service restored</h1>${'<p>The island ferry resumed its normal timetable on Monday after repairs to the ramp were finished a week early.</p>'.repeat(4)}</article></body>`;

function clean(head: string, prefix = ''): CleanedPage {
  const result = cleanPage({
    bytes: Buffer.from(`${prefix}<!DOCTYPE html><html><head>${head}</head>${body}</html>`),
    fileName: 'x.html',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('canonical url', () => {
  it('prefers <link rel=canonical>', () => {
    const head =
      '<link rel="canonical" href="https://a.example/one"><meta property="og:url" content="https://b.example/two">';
    expect(clean(head, '<!-- saved from url=(0023)https://c.example/three -->').url).toBe(
      'https://a.example/one',
    );
  });

  it('falls back to og:url', () => {
    expect(clean('<meta property="og:url" content="https://b.example/two">').url).toBe(
      'https://b.example/two',
    );
  });

  it("falls back to Chrome's saved-from comment", () => {
    expect(clean('', '<!-- saved from url=(0023)https://c.example/three -->\n').url).toBe(
      'https://c.example/three',
    );
  });

  it('ignores URLs that are not http(s)', () => {
    expect(
      clean('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/relative">')
        .url,
    ).toBeNull();
    expect(clean('', '<!-- saved from url=(0014)about:internet -->').url).toBeNull();
  });
});

describe('dates', () => {
  it('normalises article:published_time with an offset to ISO 8601 UTC', () => {
    expect(
      clean('<meta property="article:published_time" content="2024-03-18T07:45:00+01:00">').publishedTime,
    ).toBe('2024-03-18T06:45:00.000Z');
  });

  it('reads JSON-LD datePublished inside @graph', () => {
    const jsonLd =
      '{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-06-14T18:20:00+02:00","author":{"name":"Ana Ruiz"}}]}';
    const page = clean(`<script type="application/ld+json">${jsonLd}</script>`);
    expect(page.publishedTime).toBe('2022-06-14T16:20:00.000Z');
    expect(page.byline).toBe('Ana Ruiz');
  });

  it('keeps a date without a time zone as declared instead of guessing one', () => {
    expect(clean('<meta property="article:published_time" content="2023-08-29T10:00">').publishedTime).toBe(
      '2023-08-29T10:00',
    );
    expect(clean('<meta property="article:published_time" content="5 Apr, 2021 15:30">').publishedTime).toBe(
      '5 Apr, 2021 15:30',
    );
  });

  it('reads the capture date from the SingleFile header', () => {
    const header =
      '<!--\n Page saved with SingleFile \n url: https://d.example/four \n saved date: Wed Jun 15 2022 21:04:33 GMT+0200 (CEST)\n-->';
    const page = clean('', header);
    expect(page.capturedAt).toBe('2022-06-15T19:04:33.000Z');
    expect(page.url).toBe('https://d.example/four');
  });
});

describe('title and language', () => {
  it('prefers og:title when <title> is that headline plus a site suffix', () => {
    expect(
      clean(
        '<title>Ferry service restored — Island News</title><meta property="og:title" content="Ferry service restored">',
      ).title,
    ).toBe('Ferry service restored');
  });

  it('turns og:locale into a BCP 47 tag when <html lang> is missing', () => {
    expect(clean('<meta property="og:locale" content="pt_BR">').lang).toBe('pt-BR');
  });

  it('turns an <html lang> written with an underscore into a BCP 47 tag too', () => {
    const result = cleanPage({
      bytes: Buffer.from(`<!DOCTYPE html><html lang="es_419"><head><title>t</title></head>${body}</html>`),
      fileName: 'x.html',
    });
    expect(result.ok ? result.value.lang : result.error.message).toBe('es-419');
  });
});
