import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { articleJunkRules, junkRules } from '../../../../main/core/clean/junk-rules.ts';
import { junkLineRule, readDateLine, textLineRules } from '../../../../main/core/clean/text-dump-rules.ts';
import { textDumpToHtml } from '../../../../main/core/clean/text-dump.ts';
import { articlesDir, goldenInput } from './golden-files.ts';

const sprite =
  'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon closeicon v-compressicon downloadicon';

describe('text dump line rules', () => {
  it('drops an icon-sprite run but keeps a sentence about icons', () => {
    expect(junkLineRule(sprite, null)).toBe('icon-sprite');
    expect(junkLineRule('The icon of the city, its old lighthouse, was repainted.', null)).toBeNull();
  });

  it('drops bare timecodes but keeps a time inside a sentence', () => {
    for (const line of ['0:00', '14:40', '13:8']) expect(junkLineRule(line, null)).toBe('bare-timecode');
    expect(junkLineRule('At 14:40 the ship docked.', null)).toBeNull();
  });

  it('drops a bare "Podcasts" label but keeps a paragraph that mentions a podcast', () => {
    expect(junkLineRule('Podcasts', null)).toBe('media-label');
    expect(junkLineRule('She told the Podcasts team she would return next season.', null)).toBeNull();
  });

  it('drops share prompts but keeps a sentence about sharing', () => {
    expect(junkLineRule('Think your friends would be interested? Share this story!', null)).toBe(
      'share-prompt',
    );
    expect(junkLineRule('The two agencies share this story of cooperation with pride.', null)).toBeNull();
  });

  it('drops "Also on example.com" promos but keeps "Also on Tuesday…"', () => {
    expect(junkLineRule('Also on rt.com WATCH as Russian Soyuz rocket launches', null)).toBe('also-on-promo');
    expect(junkLineRule('Also on Tuesday, the council approved the budget.', null)).toBeNull();
  });

  it('drops a repeated headline but keeps a paragraph that starts with it', () => {
    expect(junkLineRule('Boats in the bay', 'Boats in the bay')).toBe('duplicate-title');
    expect(junkLineRule('Boats in the bay were counted at dawn.', 'Boats in the bay')).toBeNull();
  });

  it('reads datelines as zone-less ISO dates and ignores sentences with dates', () => {
    expect(readDateLine('5 Apr, 2021 15:30')).toBe('2021-04-05T15:30');
    expect(readDateLine('April 5, 2021')).toBe('2021-04-05');
    expect(readDateLine('2021-04-05')).toBe('2021-04-05');
    expect(readDateLine('On 5 Apr, 2021 the pact was signed.')).toBeNull();
  });
});

describe('textDumpToHtml', () => {
  it('turns Markdown headings and lists into elements and uses the H1 as title', () => {
    const article = textDumpToHtml(
      '# Harbour notes\n\nFirst paragraph\nstill first.\n\n## Boats\n\n- one\n* two\n',
    );
    expect(article.title).toBe('Harbour notes');
    expect(article.html).toContain('<title>Harbour notes</title>');
    expect(article.html).toContain(
      '<p>First paragraph still first.</p>\n<h2>Boats</h2>\n<ul><li>one</li><li>two</li></ul>',
    );
    expect(article.html).not.toContain('<h1>');
  });

  it('escapes markup-like text', () => {
    expect(textDumpToHtml('Title\n\n3 < 4 & "x"').html).toContain('<p>3 &lt; 4 &amp; &quot;x&quot;</p>');
  });

  it('takes a leading dateline as the published time, not a later one', () => {
    expect(textDumpToHtml('5 Apr, 2021 15:30\n\nTitle\n\nBody.').publishedTime).toBe('2021-04-05T15:30');
    expect(textDumpToHtml('Title\n\nBody.\n\n5 Apr, 2021').html).toContain('<p>5 Apr, 2021</p>');
  });

  it('keeps every real paragraph of the sample dump and drops every junk line', () => {
    const source = readFileSync(join(articlesDir, 'text-dump-space', 'source.txt'), 'utf8');
    const article = textDumpToHtml(source);
    const junk = /^(?:icon |Podcasts\n|Also on rt\.com|Think your friends|5 Apr, 2021)/;
    const paragraphs = source
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => block !== '');
    for (const paragraph of paragraphs.slice(3).filter((block) => !junk.test(block))) {
      expect(article.html).toContain(`<p>${paragraph.replace(/&/g, '&amp;')}</p>`);
    }
    expect(article.removed.map((line) => line.rule)).toEqual(
      expect.arrayContaining([
        'icon-sprite',
        'dateline',
        'duplicate-title',
        'also-on-promo',
        'share-prompt',
        'media-label',
        'bare-timecode',
      ]),
    );
    expect(article.html).not.toMatch(/icon |Also on rt\.com|Share this story|Podcasts|\b\d{1,2}:\d{1,2}\b/);
  });
});

describe('text dump removals in the cleaning report', () => {
  const dump =
    'Harbour notes\n\nMenu\n\nBoats were counted at dawn.\n\nPodcasts\n\n0:00\n\n14:40\n\nThe ferry left at noon.';

  it('reports each dropped line as a block with a `${rule}:${n}` id, its kind and its text', () => {
    expect(textDumpToHtml(dump).removed).toEqual([
      { id: 'duplicate-title:0', rule: 'duplicate-title', kind: 'duplicate', text: 'Harbour notes' },
      { id: 'navigation-label:0', rule: 'navigation-label', kind: 'navigation', text: 'Menu' },
      { id: 'media-label:0', rule: 'media-label', kind: 'player', text: 'Podcasts' },
      { id: 'bare-timecode:0', rule: 'bare-timecode', kind: 'player', text: '0:00' },
      { id: 'bare-timecode:1', rule: 'bare-timecode', kind: 'player', text: '14:40' },
    ]);
  });

  it('reports a leading dateline as a metadata block while still reading the date', () => {
    const article = textDumpToHtml('5 Apr, 2021 15:30\n\nTitle\n\nBody.');
    expect(article.removed).toEqual([
      { id: 'dateline:0', rule: 'dateline', kind: 'metadata', text: '5 Apr, 2021 15:30' },
      { id: 'duplicate-title:0', rule: 'duplicate-title', kind: 'duplicate', text: 'Title' },
    ]);
    expect(article.publishedTime).toBe('2021-04-05T15:30');
  });

  it('leaves a kept line in place and keeps the ids of the other removals', () => {
    const article = textDumpToHtml(dump, { keptBlocks: ['bare-timecode:0'] });
    expect(article.html).toContain('<p>0:00</p>');
    expect(article.html).not.toContain('14:40');
    expect(article.removed.map((block) => block.id)).toEqual([
      'duplicate-title:0',
      'navigation-label:0',
      'media-label:0',
      'bare-timecode:1',
    ]);
  });

  it('leaves every line of a disabled rule in place', () => {
    const article = textDumpToHtml(dump, { disabledRules: ['bare-timecode'] });
    expect(article.html).toContain('<p>0:00</p>');
    expect(article.html).toContain('<p>14:40</p>');
    expect(article.removed.map((block) => block.rule)).toEqual([
      'duplicate-title',
      'navigation-label',
      'media-label',
    ]);
  });

  it('gives text-line rules names no HTML junk rule uses, so block ids stay unique per page', () => {
    const htmlRules = new Set([...junkRules('T'), ...articleJunkRules('T', 'B')].map((rule) => rule.name));
    for (const rule of [...textLineRules.map((r) => r.name), 'dateline'])
      expect(htmlRules.has(rule)).toBe(false);
  });

  it('puts the dump removals in cleanPage output and honours the options there', () => {
    const input = goldenInput('text-dump-space');
    const page = cleanPage(input);
    if (!page.ok) throw new Error(page.error.message);
    const ids = page.value.removed.map((block) => block.id);
    expect(ids).toEqual(
      expect.arrayContaining(['icon-sprite:0', 'dateline:0', 'also-on-promo:1', 'bare-timecode:3']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const kept = cleanPage(input, { keptBlocks: ['also-on-promo:1'], disabledRules: ['bare-timecode'] });
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value.removed.map((block) => block.id)).not.toContain('also-on-promo:1');
    expect(kept.value.removed.some((block) => block.rule === 'bare-timecode')).toBe(false);
    expect(kept.value.text).toContain('Also on rt.com Relations with US');
  });
});
