import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';
import { articlesDir, goldenInput, goldenMetadata, goldenSlugs, goldenText } from './golden-files.ts';

function clean(slug: string): CleanedPage {
  const result = cleanPage(goldenInput(slug));
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  return result.value;
}

describe('golden articles', () => {
  it('has at least nine fixtures, including the copied sample', () => {
    expect(goldenSlugs().length).toBeGreaterThanOrEqual(9);
    expect(goldenSlugs()).toContain('space-partnership');
  });

  for (const slug of goldenSlugs()) {
    describe(slug, () => {
      const page = clean(slug);
      it('matches expected.txt', () => {
        expect(goldenText(page)).toBe(readFileSync(join(articlesDir, slug, 'expected.txt'), 'utf8'));
      });
      it('matches expected.json', () => {
        expect(goldenMetadata(page)).toEqual(
          JSON.parse(readFileSync(join(articlesDir, slug, 'expected.json'), 'utf8')),
        );
      });
      it('produces HTML with no script, handlers, embeds or remote loads', () => {
        expect(page.html).not.toMatch(/<(script|iframe|object|embed|form|base|meta|link|style|svg)\b/i);
        expect(page.html).not.toMatch(/\son\w+=|javascript:|\ssrc="(https?:)?\/\/|\sstyle=|\sclass=/i);
      });
      it('writes text as one trimmed block per line with no empty lines', () => {
        for (const line of page.text === '' ? [] : page.text.split('\n')) {
          expect(line).toBe(line.replace(/\s+/g, ' ').trim());
          expect(line).not.toBe('');
        }
      });
    });
  }
});

describe('space-partnership sample', () => {
  const page = clean('space-partnership');
  const source = parseHTML(
    readFileSync(join(articlesDir, 'space-partnership', 'source.html'), 'utf8'),
  ).document;

  it('keeps every paragraph of the article body', () => {
    const paragraphs = Array.from(source.querySelectorAll('.article__text > p'), (p) => p.textContent.trim());
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const paragraph of paragraphs) expect(page.text.split('\n')).toContain(paragraph);
  });

  it('drops icons, share prompts, promos, the podcast widget, the cookie banner and the duplicated summary', () => {
    expect(page.text).not.toMatch(
      /icon |Also on rt\.com|Share this story|friends would be interested|Podcasts|\b\d{1,2}:\d{1,2}\b|cookies/,
    );
    const headline = (source.querySelector('h1')?.textContent ?? '').trim();
    expect(page.text).not.toContain(headline);
    const kinds = new Set(page.removed.map((block) => block.kind));
    for (const kind of ['icon', 'share', 'promo', 'player', 'cookie', 'duplicate'] as const)
      expect(kinds).toContain(kind);
  });
});
