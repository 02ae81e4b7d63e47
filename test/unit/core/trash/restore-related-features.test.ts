import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { articleHtml, importAndWait, tempDir, writeTestFile } from '../import/library-test-kit.ts';
import { libraryWith, nth, openSideConnection, suggesterSettled } from './trash-test-kit.ts';

const first = {
  title: 'Ferry runs aground at Kazimierz',
  body: 'The Vistula ferry at Kazimierz Dolny ran aground on a sandbank as the river fell to a record low.',
};
const followUp = {
  title: 'Kazimierz ferry refloated',
  body: 'Tugs refloated the Vistula ferry at Kazimierz Dolny after the river rose again overnight.',
};

describe('an article restored from the Trash', () => {
  it('gets the related-story features its text has, though they were still waiting to be written when it left', async () => {
    const { library, dir, ids } = await libraryWith([first]);
    const side = openSideConnection(dir);
    await suggesterSettled(side);
    // Answered once: an answer no longer catches up articles without features first.
    await library.getRelatedSuggestions({ id: nth(ids, 0) });
    // The follow-up is moved to the Trash the moment its features are computed, before they are written.
    const trashed = new Promise<ArticleId>((resolve) => {
      library.onEvent((event) => {
        if (event.type !== 'entities-changed' || event.articleId === nth(ids, 0)) return;
        void library.trashArticles({ ids: [event.articleId] });
        resolve(toArticleId(event.articleId));
      });
    });
    const file = await writeTestFile(join(await tempDir(), 'follow-up.html'), articleHtml(followUp));
    await importAndWait(library, { paths: [file], uploads: false });
    const gone = await trashed;
    // Written meanwhile: the features waiting for an article that is gone are dropped.
    await library.getRelatedSuggestions({ id: nth(ids, 0) });
    const featured = side.prepare('SELECT count(*) AS n FROM related_articles WHERE article_id = ?');
    expect((featured.get(gone) as { n: number }).n).toBe(0);

    await library.restoreArticles({ ids: [gone] });
    const answer = await library.getRelatedSuggestions({ id: nth(ids, 0) });

    expect((featured.get(gone) as { n: number }).n).toBe(1);
    expect(answer.ok ? answer.value.suggestions.map((s) => s.article.id) : answer.error.message).toContain(
      gone,
    );
  });
});
