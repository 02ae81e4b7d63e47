import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { value } from '../entities/entity-test-db.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

describe('thread names and the Trash', () => {
  it('drops the name with its trashed anchor article and brings it back on restore', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    for (const [n, title] of ['Talks open', 'Talks stall'].entries()) {
      const path = await writeTestFile(
        join(dir, 'in', `${n}.html`),
        articleHtml({ title, body: `${title}.` }),
      );
      await importAndWait(library, { paths: [path], uploads: false });
    }
    const [first, second] = [toArticleId(1), toArticleId(2)];
    value(await library.addArticleLink({ sourceId: second, targetId: first, type: 'follow-up' }));
    value(await library.nameThread({ id: first, name: 'Geneva talks' }));

    value(await library.trashArticles({ ids: [first] }));
    const whileTrashed = value(await library.listThreads({}));
    value(await library.restoreArticles({ ids: [first] }));
    const restored = value(await library.listThreads({}));

    expect(whileTrashed.threads).toEqual([]);
    expect(restored.threads.map((t) => [t.name, t.anchorId, t.size])).toEqual([['Geneva talks', first, 2]]);
  });
});
