import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyHtml } from '../core/links/story-pages.ts';
import { wireStory } from '../core/links/story-texts.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

async function libraryWithOneArticle(): Promise<string> {
  const dir = tempDir();
  const file = join(dir, 'barrier.html');
  writeFileSync(
    file,
    storyHtml({ title: 'Flood barrier closes', body: wireStory, url: 'https://example.org/b' }),
  );
  const library = join(dir, 'lib');
  const imported = await dossier(['import', file, '--library', library]);
  expect(imported.code).toBe(0);
  return library;
}

describe('dossier export', () => {
  it('prints Markdown with provenance front matter by default', async () => {
    const library = await libraryWithOneArticle();

    const run = await dossier(['export', '1', '--library', library]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: "Flood barrier closes"\n/);
    expect(run.stdout).toMatch(/^sha256: "[0-9a-f]{64}"$/m);
    expect(run.stdout).toContain('original_file_name: "barrier.html"');
    expect(run.stdout).toContain(wireStory.split('\n')[0]);
  });

  it('prints the article as JSON with --format json', async () => {
    const library = await libraryWithOneArticle();

    const run = await dossier(['export', '1', '--format', 'json', '--library', library]);

    expect(run.code).toBe(0);
    const exported = JSON.parse(run.stdout) as { title: string; provenance: { fileName: string } };
    expect(exported.title).toBe('Flood barrier closes');
    expect(exported.provenance.fileName).toBe('barrier.html');
  });

  it('refuses an unknown format and a missing id with the usage exit code', async () => {
    expect((await dossier(['export', '1', '--format', 'pdf'])).code).toBe(2);
    expect((await dossier(['export'])).code).toBe(2);
  });

  it('fails with exit code 1 for an article that does not exist', async () => {
    const library = await libraryWithOneArticle();

    const run = await dossier(['export', '5', '--library', library]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No article 5');
  });
});
