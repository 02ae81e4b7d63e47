import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../../../main/core/integrity/check-library.ts';
import { repairLibrary } from '../../../../main/core/integrity/repair-library.ts';
import { writeTestFile } from '../import/library-test-kit.ts';
import { libraryWith, openSideConnection } from '../trash/trash-test-kit.ts';

async function closedLibrary(): Promise<{ dir: string; originalPath: string }> {
  const { library, dir } = await libraryWith([
    { title: 'Dam inspection finds cracks', body: 'Inspectors found cracks in the dam.' },
    { title: 'Ferry timetable changes', body: 'The ferry will run hourly.' },
  ]);
  await library.close();
  const row = openSideConnection(dir).prepare('SELECT path FROM originals ORDER BY sha256 LIMIT 1').get() as {
    path: string;
  };
  return { dir, originalPath: row.path };
}

const orphanHash = 'ab'.repeat(32);

describe('checkLibrary', () => {
  it('reports no problems in a freshly closed library', async () => {
    const { dir } = await closedLibrary();
    const report = await checkLibrary(dir);
    expect(report).toMatchObject({ database: 'sound', originalsChecked: 2 });
    expect(report.findings).toEqual([]);
  });

  it('reports an original whose file is missing', async () => {
    const { dir, originalPath } = await closedLibrary();
    await rename(join(dir, originalPath), join(dir, 'elsewhere.html'));
    const report = await checkLibrary(dir);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'missing-file', path: originalPath })]);
  });

  it('reports an original whose bytes no longer hash to its name', async () => {
    const { dir, originalPath } = await closedLibrary();
    await writeFile(join(dir, originalPath), '<p>rewritten</p>');
    const report = await checkLibrary(dir);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'tampered-file', severity: 'problem' }),
    ]);
  });

  it('reports an original no row references and a temp file left by a crash', async () => {
    const { dir } = await closedLibrary();
    const orphan = join('originals', 'ab', 'ab', orphanHash);
    await writeTestFile(join(dir, orphan), 'orphan bytes');
    await writeTestFile(join(dir, 'originals', 'tmp', `${orphanHash}.x.part`), 'half');
    const kinds = (await checkLibrary(dir)).findings.map((finding) => [finding.kind, finding.path]);
    expect(kinds).toEqual([
      ['orphan-file', orphan],
      ['temp-file', join('originals', 'tmp', `${orphanHash}.x.part`)],
    ]);
  });

  it('reports a search index that does not match the library as a notice only', async () => {
    const { dir } = await closedLibrary();
    const manifest = join(dir, 'index', 'manifest.json');
    const value = JSON.parse(await readFile(manifest, 'utf8')) as { count: number };
    await writeFile(manifest, JSON.stringify({ ...value, count: value.count + 5 }));
    expect((await checkLibrary(dir)).findings).toEqual([
      expect.objectContaining({ kind: 'search-index', severity: 'notice' }),
    ]);
  });
});

describe('repairLibrary', () => {
  it('moves orphans to lost+found, deletes temp writes, and leaves a tampered original alone', async () => {
    const { dir, originalPath } = await closedLibrary();
    await writeTestFile(join(dir, 'originals', 'ab', 'ab', orphanHash), 'orphan bytes');
    await writeTestFile(join(dir, 'originals', 'tmp', `${orphanHash}.x.part`), 'half');
    await writeFile(join(dir, originalPath), 'tampered');

    const outcome = await repairLibrary(dir, await checkLibrary(dir));

    expect(outcome).toEqual({ removedTempFiles: 1, movedToLostAndFound: 1, notMoved: [] });
    expect(await readFile(join(dir, 'lost+found', 'originals', orphanHash), 'utf8')).toBe('orphan bytes');
    expect(await readdir(join(dir, 'originals', 'tmp'))).toEqual([]);
    expect(await readFile(join(dir, originalPath), 'utf8')).toBe('tampered');
    expect((await checkLibrary(dir)).findings.map((finding) => finding.kind)).toEqual(['tampered-file']);
  });
});
