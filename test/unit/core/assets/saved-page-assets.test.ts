import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalRelativePath, sha256Of } from '../../../../main/core/store/original-store.ts';
import {
  importAndWait,
  openTestLibrary,
  recordEvents,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';
import { jpegLike, scriptedSvg, tinyPng, tinyPngBase64 } from '../../support/tiny-images.ts';

const filler =
  'This paragraph is here so that the page reads as an article, with enough ordinary words in sentences.';

/** A saved article whose body shows the given images. */
function pageWith(images: readonly string[]): string {
  const figures = images.map((src) => `<figure><img src="${src}" alt="Harbour"></figure>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour at dawn</title></head>
<body><article><h1>Harbour at dawn</h1><p>${filler} ${filler}</p>${figures}<p>${filler}</p><p>${filler}</p></article></body></html>`;
}

async function importOne(paths: string[]) {
  const library = await openTestLibrary(await tempDir());
  const batch = await importAndWait(library, { paths, uploads: false });
  const outcome = batch.outcomes[0];
  if (outcome?.status !== 'imported' || outcome.id === undefined)
    throw new Error(`not imported: ${JSON.stringify(batch.outcomes)}`);
  const article = await library.getArticle({ id: outcome.id });
  if (!article.ok) throw new Error(article.error.message);
  return { library, id: outcome.id, html: article.value.html };
}

describe('a "Webpage, complete" import', () => {
  it('stores the image of page_files/, points the article at it and keeps the original byte-exact', async () => {
    const source = await tempDir();
    const pageBytes = Buffer.from(pageWith(['./page_files/photo.jpg']));
    const pagePath = await writeTestFile(join(source, 'page.html'), pageBytes);
    await writeTestFile(join(source, 'page_files', 'photo.jpg'), jpegLike());
    const sha256 = sha256Of(jpegLike());

    const { library, id, html } = await importOne([pagePath]);

    expect(html).toContain(`data-asset="${sha256}"`);
    expect(html).not.toContain('page_files/photo.jpg');
    const asset = await library.readAsset(sha256);
    expect(asset.ok && asset.value.mimeType).toBe('image/jpeg');
    expect(asset.ok && Buffer.from(asset.value.bytes).equals(Buffer.from(jpegLike()))).toBe(true);
    const stored = await readFile(join(library.dir, originalRelativePath(sha256Of(pageBytes))));
    expect(stored.equals(pageBytes)).toBe(true);
    const original = await library.getOriginal({ id });
    expect(original.ok && original.value.html).toBe(pageBytes.toString('utf8'));
  });

  it('leaves a missing file of page_files/ as a reference the reader shows as a placeholder', async () => {
    const source = await tempDir();
    const pagePath = await writeTestFile(join(source, 'page.html'), pageWith(['page_files/gone.jpg']));

    const { html } = await importOne([pagePath]);

    expect(html).toContain('data-local-src="page_files/gone.jpg"');
    expect(html).not.toContain('data-asset');
  });

  it('does not store an SVG or a text file named .jpg, so neither can be served as an image', async () => {
    const source = await tempDir();
    const pagePath = await writeTestFile(
      join(source, 'page.html'),
      pageWith(['page_files/logo.svg', 'page_files/fake.jpg']),
    );
    await writeTestFile(join(source, 'page_files', 'logo.svg'), scriptedSvg);
    await writeTestFile(join(source, 'page_files', 'fake.jpg'), '<html><script>alert(1)</script></html>');

    const { library, html } = await importOne([pagePath]);

    expect(html).not.toContain('data-asset');
    expect((await library.readAsset(sha256Of(Buffer.from(scriptedSvg)))).ok).toBe(false);
  });

  it('does not follow a symlink in page_files/ to a file outside it', async () => {
    const source = await tempDir();
    const outside = await writeTestFile(join(source, 'private.png'), tinyPng());
    const pagePath = await writeTestFile(join(source, 'page.html'), pageWith(['page_files/leak.png']));
    await writeTestFile(join(source, 'page_files', 'keep.txt'), 'x');
    await symlink(outside, join(source, 'page_files', 'leak.png'));

    const { html } = await importOne([pagePath]);

    expect(html).not.toContain('data-asset');
  });

  it('does not follow a page_files folder that is a symlink to another folder', async () => {
    const source = await tempDir();
    await writeTestFile(join(source, 'elsewhere', 'leak.png'), tinyPng());
    const pagePath = await writeTestFile(join(source, 'page.html'), pageWith(['page_files/leak.png']));
    await symlink(join(source, 'elsewhere'), join(source, 'page_files'));

    const { html } = await importOne([pagePath]);

    expect(html).not.toContain('data-asset');
  });

  it('keeps images pointed at their assets when the article is cleaned again', async () => {
    const source = await tempDir();
    const pagePath = await writeTestFile(join(source, 'page.html'), pageWith(['page_files/a.png']));
    await writeTestFile(join(source, 'page_files', 'a.png'), tinyPng());

    const { library, id } = await importOne([pagePath]);
    const again = await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: [] });

    expect(again.ok && again.value.html).toContain(`data-asset="${sha256Of(tinyPng())}"`);
  });
});

describe('a dropped "Webpage, complete" folder uploaded by a browser', () => {
  it('stores the picture uploaded from page_files/ for the page of the same batch, and does not import it as a page', async () => {
    const library = await openTestLibrary(await tempDir());
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [], uploads: true });
    if (!started.ok) throw new Error(started.error.message);
    const upload = (path: string, data: Uint8Array) => ({
      name: path.split('/').pop() ?? path,
      path,
      lastModified: null,
      dataBase64: Buffer.from(data).toString('base64'),
    });

    await library.uploadFiles({
      batchId: started.value.batchId,
      final: true,
      files: [
        upload('saved/page_files/photo.png', tinyPng()),
        upload('saved/page.html', Buffer.from(pageWith(['./page_files/photo.png']))),
      ],
    });
    const batch = await finished(started.value.batchId);

    expect(batch.outcomes.map((outcome) => outcome.status)).toEqual(['imported']);
    const id = batch.outcomes[0]?.id;
    const article = id === undefined ? null : await library.getArticle({ id });
    expect(article?.ok && article.value.html).toContain(`data-asset="${sha256Of(tinyPng())}"`);
  });
});

describe('an MHTML import', () => {
  it('stores a base64 image part and shows it in the article', async () => {
    const source = await tempDir();
    const boundary = '----MultipartBoundary--abc';
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example/harbour',
      'Subject: Harbour at dawn',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit',
      'Content-Location: https://news.example/harbour',
      '',
      pageWith(['https://cdn.news.example/img/dawn.png', 'https://cdn.news.example/img/missing.png']),
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://cdn.news.example/img/dawn.png',
      '',
      tinyPngBase64,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const path = await writeTestFile(join(source, 'harbour.mhtml'), mhtml);

    const { library, html } = await importOne([path]);

    const sha256 = sha256Of(tinyPng());
    expect(html).toContain(`data-asset="${sha256}"`);
    expect(html).toContain('data-remote-src="https://cdn.news.example/img/missing.png"');
    const asset = await library.readAsset(sha256);
    expect(asset.ok && asset.value.mimeType).toBe('image/png');
  });
});
