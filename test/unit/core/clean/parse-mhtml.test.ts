import { describe, expect, it } from 'vitest';
import {
  decodeQuotedPrintable,
  looksLikeMhtml,
  parseMhtml,
} from '../../../../main/core/clean/parse-mhtml.ts';
import { encodeAs } from './encode-charset.ts';

const boundary = '----MultipartBoundary--abc123----';

function mhtml(parts: readonly string[], headers = ''): Uint8Array {
  const head = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://snap.example/page',
    'Subject: A page',
    'Date: Mon, 5 Apr 2021 17:02:11 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
  ].join('\r\n');
  const body = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('');
  return Buffer.from(`${head}${headers}\r\n\r\n${body}--${boundary}--\r\n`, 'latin1');
}

const imagePart = ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo='].join(
  '\r\n',
);

describe('decodeQuotedPrintable', () => {
  it('joins =\\r\\n soft line breaks and decodes =XX escapes as UTF-8 bytes', () => {
    const bytes = decodeQuotedPrintable('she=E2=80=99d ask=\r\ned <a href=3D"/">');
    expect(new TextDecoder().decode(bytes)).toBe('she’d asked <a href="/">');
  });
});

describe('parseMhtml', () => {
  it('takes the quoted-printable text/html part, its Content-Location and the Date header', () => {
    const page = [
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example/story',
      '',
      '<p>It=E2=80=99s a long sto=\r\nry</p>',
    ].join('\r\n');
    const result = parseMhtml(mhtml([page, imagePart]));
    expect(result).toEqual({
      ok: true,
      value: {
        html: '<p>It’s a long story</p>',
        charset: 'utf-8',
        url: 'https://news.example/story',
        capturedAt: '2021-04-05T15:02:11.000Z',
      },
    });
  });

  it('decodes a base64 html part and falls back to Snapshot-Content-Location', () => {
    const html = Buffer.from('<p>Hello, base64 reader</p>').toString('base64');
    const page = ['Content-Type: text/html', 'Content-Transfer-Encoding: base64', '', html].join('\r\n');
    const result = parseMhtml(mhtml([imagePart, page]));
    expect(result.ok && result.value.html).toBe('<p>Hello, base64 reader</p>');
    expect(result.ok && result.value.url).toBe('https://snap.example/page');
  });

  it("respects the html part's charset= parameter", () => {
    const body = Buffer.from(encodeAs('windows-1251', '<p>Привет, мир</p>')).toString('latin1');
    const page = [
      'Content-Type: text/html; charset="windows-1251"',
      'Content-Transfer-Encoding: binary',
      '',
      body,
    ].join('\r\n');
    const result = parseMhtml(mhtml([page]));
    expect(result.ok && result.value).toMatchObject({ html: '<p>Привет, мир</p>', charset: 'windows-1251' });
  });

  it('fails not-html when there is no text/html part', () => {
    const result = parseMhtml(mhtml([imagePart]));
    expect(!result.ok && result.error.code).toBe('not-html');
  });
});

describe('looksLikeMhtml', () => {
  it('recognises MIME headers announcing multipart/related', () => {
    expect(looksLikeMhtml(mhtml([imagePart]))).toBe(true);
  });

  it('does not take an HTML page that mentions multipart/related for MHTML', () => {
    expect(looksLikeMhtml(Buffer.from('<p>Content-Type: multipart/related is MHTML</p>'))).toBe(false);
  });
});
