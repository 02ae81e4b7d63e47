import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../../main/shared/ids.ts';
import {
  addArticles,
  fillerTopics,
  followUp,
  relatedOver,
  relatedTestDb,
  suggestionsFor,
  talks,
} from './related-test-db.ts';

describe('undoing a dismissed related suggestion', () => {
  it('suggests the pair again, both ways and after reopening, once the dismissal is undone', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second] = addArticles(db, related, [talks, followUp, ...fillerTopics]);
    await related.api.dismissRelatedSuggestion({ id: first, otherId: second });
    const whileDismissed = await suggestionsFor(related, first);

    // Undone from the other side: a dismissal is of the pair, whichever article it was made from.
    const restored = await related.api.restoreRelatedSuggestion({ id: second, otherId: first });
    const reopened = relatedOver(db);

    expect(restored.ok).toBe(true);
    expect(whileDismissed.map((s) => s.article.id)).not.toContain(second);
    expect((await suggestionsFor(reopened, first))[0]?.article.id).toBe(second);
    expect((await suggestionsFor(reopened, second))[0]?.article.id).toBe(first);
  });

  it('leaves other dismissals of the article in place', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second, third] = addArticles(db, related, [
      talks,
      followUp,
      { ...followUp, text: `${followUp.text} A third report repeated it.` },
      ...fillerTopics,
    ]);
    await related.api.dismissRelatedSuggestion({ id: first, otherId: second });
    await related.api.dismissRelatedSuggestion({ id: first, otherId: third });

    await related.api.restoreRelatedSuggestion({ id: first, otherId: second });
    const ids = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(ids).toContain(second);
    expect(ids).not.toContain(third);
  });

  it('lists the articles dismissed for an article, the latest first, until one is restored', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second, third] = addArticles(db, related, [
      talks,
      followUp,
      { ...followUp, text: `${followUp.text} A third report repeated it.` },
      ...fillerTopics,
    ]);
    // Dismissed in the order second, then third (made from the other side): by id they would list
    // the other way round.
    await related.api.dismissRelatedSuggestion({ id: first, otherId: second });
    db.prepare("UPDATE related_dismissals SET created_at = '2026-02-01T00:00:00.000Z'").run();
    await related.api.dismissRelatedSuggestion({ id: third, otherId: first });
    const dismissed = async (): Promise<number[]> => {
      const answer = await related.api.getRelatedSuggestions({ id: first });
      return answer.ok ? answer.value.dismissed.map((a) => a.id) : [];
    };
    const both = await dismissed();

    await related.api.restoreRelatedSuggestion({ id: first, otherId: third });

    expect(both).toEqual([third, second]);
    expect(await dismissed()).toEqual([second]);
  });

  it('refuses an unknown article and a pair of one article', async () => {
    const { db, related } = await relatedTestDb();
    const [first] = addArticles(db, related, [talks]);

    const unknown = await related.api.restoreRelatedSuggestion({ id: first, otherId: toArticleId(999) });
    const self = await related.api.restoreRelatedSuggestion({ id: first, otherId: first });

    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('not-found');
    expect(self.ok ? 'ok' : self.error.code).toBe('not-found');
  });
});
