import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import type { ImportOutcome } from '../../../../main/shared/types.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  recordEvents,
  tempDir,
  writeTestFile,
} from './library-test-kit.ts';

// Issue 7: hostile file names, links and special files, in real temp folders, imported for real.

/** Every path under `dir`, relative to it, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

async function fileNames(library: Library, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let id = 1; id <= count; id++) {
    const article = await library.getArticle({ id: id as never });
    if (article.ok) names.push(article.value.provenance.fileName);
  }
  return names.sort();
}

const byFile = (outcomes: readonly ImportOutcome[], end: string): ImportOutcome | undefined =>
  outcomes.find((outcome) => outcome.file.endsWith(end));

describe('importing files with hostile names', () => {
  it('imports unicode, emoji, 255-byte, traversal-looking and control-character names as they are', async () => {
    const dir = await tempDir();
    const source = join(dir, 'in');
    const names = [
      'caf\u00e9.html', // NFC
      'cafe\u0301.html', // NFD: another file on Linux, with the same look
      '\u{1F4F0} Front page.html',
      `${'a'.repeat(250)}.html`,
      '..%2F..%2Fetc%2Fpasswd.html',
      'line\nbreak\ttab\u0007bell\u001b[31mred.html',
    ];
    expect(Buffer.byteLength(names[3] ?? '')).toBe(255);
    for (const [n, name] of names.entries()) {
      await writeTestFile(join(source, name), articleHtml({ title: `Name ${n}`, body: `Page ${n}.` }));
    }
    const before = await tree(source);
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, { paths: [source], uploads: false });

    expect(batch.outcomes.map((outcome) => outcome.status)).toEqual(names.map(() => 'imported'));
    // Provenance keeps each name exactly, not normalized or escaped: the UI renders it as text.
    expect(await fileNames(library, names.length)).toEqual([...names].sort());
    expect(await tree(source)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['in', 'lib']);
  });

  it('keeps a browser’s traversal-shaped upload names as provenance and writes nothing outside the library', async () => {
    const dir = await tempDir();
    const libraryDir = join(dir, 'a', 'b', 'lib');
    const library = await openTestLibrary(libraryDir);
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [], uploads: true });
    if (!started.ok) throw new Error(started.error.message);
    const upload = (name: string, path: string, n: number) => ({
      name,
      path,
      lastModified: null,
      dataBase64: Buffer.from(articleHtml({ title: `Upload ${n}`, body: `Sent ${n}.` })).toString('base64'),
    });

    const sent = await library.uploadFiles({
      batchId: started.value.batchId,
      final: true,
      files: [
        upload('../../x.html', '../../x.html', 1),
        upload('passwd.html', '/etc/passwd.html', 2),
        upload('..%2F..%2Fetc.html', 'dropped/..%2F..%2Fetc.html', 3),
      ],
    });
    const batch = await finished(started.value.batchId);

    expect(sent.ok).toBe(true);
    expect(batch.imported).toBe(3);
    const paths = [];
    for (let id = 1; id <= 3; id++) {
      const article = await library.getArticle({ id: id as never });
      if (article.ok) paths.push(article.value.provenance.filePath);
    }
    expect(paths.sort()).toEqual(['../../x.html', '/etc/passwd.html', 'dropped/..%2F..%2Fetc.html']);
    expect(await fileNames(library, 3)).toEqual(['..%2F..%2Fetc.html', '../../x.html', 'passwd.html']);
    expect((await tree(dir)).filter((path) => !path.startsWith(join('a', 'b')))).toEqual(['a']);
    expect(await readdir(join(dir, 'a'))).toEqual(['b']);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['lib']);
  });
});

describe('importing a folder with links and special files', () => {
  it('takes links to pages inside the folder, and skips links out of it, to folders, loops and pipes', async () => {
    const dir = await tempDir();
    const source = join(dir, 'in');
    await writeTestFile(join(source, 'inside.html'), articleHtml({ title: 'Inside', body: 'Kept.' }));
    await writeTestFile(join(dir, 'outside', 'secret.txt'), 'api-key: do-not-import-me');
    await symlink('inside.html', join(source, 'alias.html'));
    await symlink(join(dir, 'outside', 'secret.txt'), join(source, 'secret.txt'));
    await symlink('..', join(source, 'loop'));
    await mkdir(join(source, 'sub'));
    await symlink(source, join(source, 'sub', 'back-to-top'));
    await symlink('self.html', join(source, 'self.html'));
    execFileSync('mkfifo', [join(source, 'pipe.html')]);
    await symlink('pipe.html', join(source, 'pipe-link.html'));
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, { paths: [source], uploads: false });

    expect(batch.state).toBe('finished');
    expect(batch.outcomes).toHaveLength(8);
    // The link and its target are the same bytes: whichever commits first is imported.
    const twins = ['inside.html', 'alias.html'].map((name) => byFile(batch.outcomes, `/${name}`)?.status);
    expect(twins.sort()).toEqual(['duplicate', 'imported']);
    const skipped = {
      'secret.txt': /outside the folder you chose/,
      loop: /linked folders are not followed/,
      'back-to-top': /linked folders are not followed/,
      'self.html': /ELOOP/,
      'pipe.html': /not a regular file/,
      'pipe-link.html': /not a regular file/,
    };
    for (const [name, reason] of Object.entries(skipped)) {
      const outcome = byFile(batch.outcomes, `/${name}`);
      expect(outcome?.status, name).toBe('failed');
      expect(outcome?.error?.code, name).toBe('unreadable');
      expect(outcome?.error?.message, name).toMatch(reason);
    }
    const info = await library.getLibraryInfo({});
    expect(info.ok && info.value.articleCount).toBe(1);
  }, 20_000);

  it('imports a file outside the folder when it is dropped itself, and walks a dropped link to a folder', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real');
    await writeTestFile(join(real, 'page.html'), articleHtml({ title: 'Real', body: 'Via a link.' }));
    await symlink('page.html', join(real, 'again.html'));
    await symlink(real, join(dir, 'link-to-real'));
    const outside = await writeTestFile(
      join(dir, 'notes.html'),
      articleHtml({ title: 'Notes', body: 'Mine.' }),
    );
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, {
      paths: [join(dir, 'link-to-real'), outside],
      uploads: false,
    });

    expect(batch.outcomes.map((outcome) => outcome.status).sort()).toEqual([
      'duplicate',
      'imported',
      'imported',
    ]);
    // The link to the folder is walked under the name it was dropped by.
    const walked = batch.outcomes.filter((outcome) => outcome.file.startsWith(join(dir, 'link-to-real')));
    expect(walked).toHaveLength(2);
    expect(byFile(batch.outcomes, 'notes.html')?.status).toBe('imported');
  });

  it('fails a pipe named explicitly as unreadable instead of waiting for it', async () => {
    const dir = await tempDir();
    const pipe = join(dir, 'pipe.html');
    execFileSync('mkfifo', [pipe]);
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, { paths: [pipe], uploads: false });

    expect(batch.outcomes).toEqual([
      {
        file: pipe,
        status: 'failed',
        error: { code: 'unreadable', message: `${pipe} is not a regular file` },
      },
    ]);
  }, 20_000);

  it('fails a name that is not valid UTF-8 as unreadable and goes on with the batch', async () => {
    const dir = await tempDir();
    const source = join(dir, 'in');
    await writeTestFile(join(source, 'good.html'), articleHtml({ title: 'Good', body: 'Fine name.' }));
    writeFileSync(
      Buffer.concat([Buffer.from(`${source}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.html')]),
      'x',
    );
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, { paths: [source], uploads: false });

    const statuses = batch.outcomes.map((outcome) => `${outcome.status} ${outcome.error?.code ?? ''}`);
    expect(statuses.sort()).toEqual(['failed unreadable', 'imported ']);
  });
});
