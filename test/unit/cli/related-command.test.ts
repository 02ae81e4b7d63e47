import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyHtml } from '../core/links/story-pages.ts';
import { wireStory } from '../core/links/story-texts.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

describe('dossier related', () => {
  it('prints the suggestions as [{id, score, reasons}] with --json', async () => {
    const dir = tempDir();
    const url = 'https://example.org/barrier';
    const first = join(dir, 'barrier.html');
    const second = join(dir, 'barrier-updated.html');
    writeFileSync(first, storyHtml({ title: 'Flood barrier closes', body: wireStory, url }));
    writeFileSync(
      second,
      storyHtml({ title: 'Flood barrier closes again', body: `${wireStory}\nUpdated at noon.`, url }),
    );
    const library = join(dir, 'lib');
    expect((await dossier(['import', first, second, '--library', library])).code).toBe(0);

    const run = await dossier(['related', '1', '--json', '--limit', '5', '--library', library]);

    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: number; score: number; reasons: { kind: string }[] }[];
    expect(rows[0]).toMatchObject({
      id: 2,
      reasons: expect.arrayContaining([{ kind: 'same-url' }]) as unknown,
    });
    expect(rows[0]?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses a missing id or a limit over 50', async () => {
    const library = join(tempDir(), 'lib');

    expect((await dossier(['related', '--library', library])).code).toBe(2);
    expect((await dossier(['related', '1', '--limit', '51', '--library', library])).code).toBe(2);
  });
});
