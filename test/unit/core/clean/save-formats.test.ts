import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { decodeHtml } from '../../../../main/core/clean/decode-html.ts';
import { readSaveComments } from '../../../../main/core/clean/read-save-comments.ts';
import { articlesDir } from './golden-files.ts';

const singleFile =
  '<!--\n Page saved with SingleFile \n url: https://news.example/a \n saved date: Mon Apr 05 2021 17:02:11 GMT+0200 (Central European Summer Time)\n-->';
const body = `<p>${'The council met on Monday and approved the new harbour plan after a long debate. '.repeat(4)}</p>`;

describe('SingleFile header', () => {
  it('reads url and saved date from the header comment', () => {
    expect(readSaveComments(`<html>${singleFile}<body></body></html>`)).toMatchObject({
      singleFileUrl: 'https://news.example/a',
      singleFileDate: 'Mon Apr 05 2021 17:02:11 GMT+0200 (Central European Summer Time)',
    });
  });

  it('gives url and capturedAt, but a canonical link wins the url', () => {
    const plain = cleanPage({
      bytes: Buffer.from(`<html>${singleFile}<body>${body}</body></html>`),
      fileName: 'a.html',
    });
    expect(plain.ok && plain.value).toMatchObject({
      url: 'https://news.example/a',
      capturedAt: '2021-04-05T15:02:11.000Z',
    });
    const canonical = `<html>${singleFile}<head><link rel="canonical" href="https://news.example/canonical"></head><body>${body}</body></html>`;
    const withCanonical = cleanPage({ bytes: Buffer.from(canonical), fileName: 'a.html' });
    expect(withCanonical.ok && withCanonical.value.url).toBe('https://news.example/canonical');
  });
});

describe('Japanese Shift_JIS sample', () => {
  const bytes = readFileSync(join(articlesDir, 'japanese-shift-jis', 'source.html'));

  it('decodes the declared Shift_JIS page with Japanese intact', () => {
    const decoded = decodeHtml(bytes);
    expect(decoded.charset).toBe('shift_jis');
    expect(decoded.html).toContain('<h1>百年の駅舎がよみがえる</h1>');
    expect(decoded.html).toContain('町長の佐藤さんは「駅は町の顔です。');
  });

  it('decodes the same bytes by guessing when the declaration is removed', () => {
    const undeclared = Buffer.from(
      Buffer.from(bytes)
        .toString('latin1')
        .replace(/<meta http-equiv[^>]*>/, ''),
      'latin1',
    );
    expect(decodeHtml(undeclared).html).toContain('百年前に建てられた木造の駅舎');
  });

  it('reads the title and language', () => {
    const result = cleanPage({ bytes, fileName: 'source.html' });
    expect(result.ok && result.value).toMatchObject({
      title: '百年の駅舎がよみがえる',
      lang: 'ja',
      charset: 'shift_jis',
    });
  });
});
