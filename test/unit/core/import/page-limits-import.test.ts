import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDomLimits } from '../../../../main/core/clean/check-dom-limits.ts';
import { articleHtml, importAndWait, openTestLibrary, tempDir, writeTestFile } from './library-test-kit.ts';

// Generated here rather than committed: the huge page is about a megabyte.
function deepPage(depth: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>Bottom.</p>${'</div>'.repeat(depth)}</body></html>`;
}

function hugePage(paragraphs: number): string {
  return `<!doctype html><html><head><title>Huge</title></head><body>${'<p>Word.</p>'.repeat(paragraphs)}</body></html>`;
}

describe('importing pages over the DOM limits', () => {
  it('fails a too-deep and a too-big page as too-complex and imports the rest of the batch', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const folder = join(dir, 'in');
    const deep = await writeTestFile(join(folder, 'a-deep.html'), deepPage(defaultDomLimits.maxDepth + 1));
    const huge = await writeTestFile(
      join(folder, 'b-huge.html'),
      // Each paragraph is two nodes (<p> and its text).
      hugePage(defaultDomLimits.maxNodes / 2 + 1),
    );
    const fine = await writeTestFile(
      join(folder, 'c-fine.html'),
      articleHtml({ title: 'Fine', body: 'Kept.' }),
    );

    const batch = await importAndWait(library, { paths: [folder], uploads: false });

    expect(batch.state).toBe('finished');
    const outcome = (file: string) => batch.outcomes.find((o) => o.file === file);
    expect(outcome(deep)).toMatchObject({ status: 'failed', error: { code: 'too-complex' } });
    expect(outcome(deep)?.error?.message).toContain(`more than ${defaultDomLimits.maxDepth} levels deep`);
    expect(outcome(huge)).toMatchObject({ status: 'failed', error: { code: 'too-complex' } });
    expect(outcome(huge)?.error?.message).toContain(`more than ${defaultDomLimits.maxNodes} elements`);
    expect(outcome(fine)).toMatchObject({ status: 'imported', id: 1 });
    const info = await library.getLibraryInfo({});
    expect(info.ok && info.value.articleCount).toBe(1);
  }, 90_000);
});
