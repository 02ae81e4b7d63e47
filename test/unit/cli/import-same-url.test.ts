import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyHtml } from '../core/links/story-pages.ts';
import { wireStory } from '../core/links/story-texts.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

describe('dossier import and same-URL copies', () => {
  it('names the older article with the same normalized URL, in text and in --json', async () => {
    const dir = tempDir();
    const library = join(dir, 'lib');
    const first = join(dir, 'first.html');
    const second = join(dir, 'second.html');
    writeFileSync(
      first,
      storyHtml({ title: 'Barrier closes', body: wireStory, url: 'https://example.org/b/' }),
    );
    writeFileSync(
      second,
      storyHtml({
        title: 'Barrier holds',
        body: wireStory,
        url: 'http://www.example.org/b?utm_medium=email',
      }),
    );
    await dossier(['import', first, '--library', library]);

    const json = await dossier(['import', second, '--json', '--library', library]);
    const text = await dossier(['export', '2', '--library', library]);

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ file: second, status: 'imported', id: 2, sameUrlAs: 1 });
    expect(text.stdout).toContain('title: "Barrier holds"');
  });

  it('says "another copy of" in the text output', async () => {
    const dir = tempDir();
    const library = join(dir, 'lib');
    const first = join(dir, 'first.html');
    const second = join(dir, 'second.html');
    writeFileSync(
      first,
      storyHtml({ title: 'Barrier closes', body: wireStory, url: 'https://example.org/b' }),
    );
    writeFileSync(
      second,
      storyHtml({ title: 'Barrier holds', body: wireStory, url: 'https://example.org/b#x' }),
    );
    await dossier(['import', first, '--library', library]);

    const run = await dossier(['import', second, '--library', library]);

    expect(run.stdout).toContain('(another copy of #1 “Barrier closes”)');
  });
});
