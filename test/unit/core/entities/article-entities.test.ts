import { describe, expect, it } from 'vitest';
import {
  createArticleEntityApi,
  type ArticleEntityApi,
} from '../../../../main/core/entities/api/article-entities.ts';
import { inTransaction } from '../../../../main/core/store/database.ts';
import { replaceOpenSuggestions } from '../../../../main/core/store/suggestion-repository.ts';
import { toEntityId, toMentionId, type ArticleId, type EntityId } from '../../../../main/shared/ids.ts';
import type { DatabaseSync } from 'node:sqlite';
import { defined, entityTestDb, value } from './entity-test-db.ts';

const text = 'Angela Merkel met Emmanuel Macron in Paris. Later Merkel flew home.';

function suggest(db: DatabaseSync, id: ArticleId): void {
  const mention = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return { start, end: start + words.length, text: words };
  };
  inTransaction(db, () =>
    replaceOpenSuggestions(
      db,
      id,
      [
        {
          name: 'Angela Merkel',
          type: 'person',
          mentions: [mention('Angela Merkel'), mention('Merkel', 20)],
        },
        { name: 'Paris', type: 'place', mentions: [mention('Paris')] },
      ],
      { version: 1, ranAt: '2026-01-01T00:00:00.000Z' },
    ),
  );
}

/** Tags the opening "Angela Merkel" of article `first` as a new person; returns the entity's id. */
async function tagMerkel(api: ArticleEntityApi, first: ArticleId): Promise<EntityId> {
  const tagged = value(
    await api.tagMention({
      articleId: first,
      start: 0,
      end: 13,
      text: 'Angela Merkel',
      entity: { name: 'Angela Merkel', type: 'person' },
    }),
  );
  return defined(tagged.mentions[0]).entityId;
}

describe('article entities', () => {
  it('lists open suggestions with no known entity before anything is accepted', async () => {
    const { db, first, api } = await entityTestDb([text]);
    const id = first;
    suggest(db, id);

    const entities = value(await api.getArticleEntities({ id }));

    expect(entities.mentions).toEqual([]);
    expect(entities.suggestions.map((s) => [s.name, s.type, s.knownEntityId])).toEqual([
      ['Angela Merkel', 'person', null],
      ['Paris', 'place', null],
    ]);
  });

  it('accepting a suggestion creates the entity and links its mentions, made by the suggester', async () => {
    const { db, first, api } = await entityTestDb([text]);
    const id = first;
    suggest(db, id);

    const entities = value(
      await api.acceptSuggestion({ articleId: id, name: 'Angela Merkel', type: 'person' }),
    );

    expect(entities.mentions.map((m) => [m.name, m.text, m.start, m.madeBy])).toEqual([
      ['Angela Merkel', 'Angela Merkel', 0, 'suggester'],
      ['Angela Merkel', 'Merkel', 50, 'suggester'],
    ]);
    expect(entities.suggestions.map((s) => s.name)).toEqual(['Paris']);
  });

  it('accept all links every open suggestion', async () => {
    const { db, first, api } = await entityTestDb([text]);
    suggest(db, first);

    const entities = value(await api.acceptAllSuggestions({ articleId: first }));

    expect(entities.mentions.map((m) => m.text)).toEqual(['Angela Merkel', 'Paris', 'Merkel']);
    expect(entities.suggestions).toEqual([]);
  });

  it('a name rejected for good is not suggested again, in this article or another', async () => {
    const { db, first, second, api } = await entityTestDb([text, text]);
    suggest(db, first);
    value(await api.rejectSuggestion({ articleId: first, name: 'Paris', never: true }));

    suggest(db, first);
    suggest(db, second);

    for (const id of [first, second])
      expect(value(await api.getArticleEntities({ id })).suggestions.map((s) => s.name)).toEqual([
        'Angela Merkel',
      ]);
  });

  it('a name rejected once in an article stays suggested elsewhere', async () => {
    const { db, first, second, api } = await entityTestDb([text, text]);
    suggest(db, first);
    value(await api.rejectSuggestion({ articleId: first, name: 'Paris', never: false }));
    suggest(db, first);
    suggest(db, second);

    expect(value(await api.getArticleEntities({ id: first })).suggestions.map((s) => s.name)).toEqual([
      'Angela Merkel',
    ]);
    expect(value(await api.getArticleEntities({ id: second })).suggestions).toHaveLength(2);
  });

  it('a name confirmed in an article is not suggested there again', async () => {
    const { db, first, api } = await entityTestDb([text]);
    suggest(db, first);
    value(await api.acceptSuggestion({ articleId: first, name: 'Paris', type: 'place' }));
    db.prepare('DELETE FROM entity_suggestions').run();

    suggest(db, first);

    expect(value(await api.getArticleEntities({ id: first })).suggestions.map((s) => s.name)).toEqual([
      'Angela Merkel',
    ]);
  });

  it('tagging by hand links the selection, made by a person', async () => {
    const { first, api } = await entityTestDb([text]);
    const request = { articleId: first, start: 18, end: 33, text: 'Emmanuel Macron' };

    const entities = value(
      await api.tagMention({ ...request, entity: { name: 'Emmanuel Macron', type: 'person' } }),
    );

    expect(entities.mentions).toEqual([
      expect.objectContaining({
        name: 'Emmanuel Macron',
        type: 'person',
        start: 18,
        end: 33,
        madeBy: 'person',
      }),
    ]);
  });

  it('refuses a selection whose text is not at those offsets', async () => {
    const { first, api } = await entityTestDb([text]);
    const request = { articleId: first, start: 17, end: 32, text: 'Emmanuel Macron' };

    const result = await api.tagMention({ ...request, entity: { name: 'Emmanuel Macron', type: 'person' } });

    expect(result.ok ? 'ok' : result.error.code).toBe('mention-mismatch');
  });

  it('answers not-found for an unknown article, entity or mention', async () => {
    const { first, api } = await entityTestDb([text]);
    const codes = [
      await api.getArticleEntities({ id: 99 as ArticleId }),
      await api.tagMention({
        articleId: first,
        start: 0,
        end: 6,
        text: 'Angela',
        entity: { id: toEntityId(42) },
      }),
      await api.removeMention({ mentionId: toMentionId(7) }),
    ].map((r) => (r.ok ? 'ok' : r.error.code));

    expect(codes).toEqual(['not-found', 'not-found', 'not-found']);
  });

  it('tag everywhere previews, then links every untagged occurrence of the name and aliases', async () => {
    const other = 'Nothing about her. Then MERKEL and Angela Merkel again; Merkelism is a word.';
    const { db, first, api } = await entityTestDb([text, other, 'No one here.']);
    const entityId = await tagMerkel(api, first);
    db.prepare(
      "INSERT INTO entity_aliases (entity_id, alias, alias_key, origin_entity_id) VALUES (?, 'Merkel', 'merkel', ?)",
    ).run(entityId, entityId);

    const preview = value(await api.previewTagEverywhere({ entityId, articleId: first }));
    const inArticle = value(await api.tagEverywhere({ entityId, articleId: first, scope: 'article' }));
    const across = value(await api.tagEverywhere({ entityId, articleId: first, scope: 'library' }));

    expect(preview).toEqual({ inArticle: 1, acrossLibrary: { articles: 2, mentions: 3 } });
    expect(inArticle.added).toBe(1);
    expect(across.added).toBe(2);
    expect(value(await api.previewTagEverywhere({ entityId, articleId: first })).acrossLibrary.mentions).toBe(
      0,
    );
  });

  it('shows a mention of a merged-away entity as the entity it was merged into', async () => {
    const { db, first, api } = await entityTestDb([text]);
    const request = { articleId: first, start: 50, end: 56, text: 'Merkel' };
    const merkel = value(await api.tagMention({ ...request, entity: { name: 'Merkel', type: 'person' } }));
    const targetId = await tagMerkel(api, first);
    const sourceId = defined(merkel.mentions[0]).entityId;
    db.prepare('UPDATE entities SET merged_into = ? WHERE id = ?').run(targetId, sourceId);

    const entities = value(await api.getArticleEntities({ id: first }));

    expect(entities.mentions.map((m) => [m.text, m.name, m.entityId])).toEqual([
      ['Angela Merkel', 'Angela Merkel', targetId],
      ['Merkel', 'Angela Merkel', targetId],
    ]);
  });

  it('removes a mention', async () => {
    const { first, api } = await entityTestDb([text]);
    const tagged = value(
      await api.tagMention({
        articleId: first,
        start: 37,
        end: 42,
        text: 'Paris',
        entity: { name: 'Paris', type: 'place' },
      }),
    );

    const after = value(await api.removeMention({ mentionId: defined(tagged.mentions[0]).id }));

    expect(after.mentions).toEqual([]);
  });
});

describe('tagging everywhere while the search index is rebuilt', () => {
  it('refuses the library-wide preview and tagging with a coded error, and still tags the article', async () => {
    const { db, first } = await entityTestDb([text, 'Merkel again.']);
    const rebuilding = {
      search: () => {
        throw new Error('a rebuilding index must not be asked');
      },
      state: () => ({ kind: 'rebuilding', progress: { done: 1, total: 2 } }) as const,
    };
    const api = createArticleEntityApi({
      db,
      now: () => new Date('2026-02-03T00:00:00Z'),
      search: rebuilding,
    });
    const entityId = await tagMerkel(api, first);

    const preview = await api.previewTagEverywhere({ entityId, articleId: first });
    const across = await api.tagEverywhere({ entityId, articleId: first, scope: 'library' });
    const inArticle = await api.tagEverywhere({ entityId, articleId: first, scope: 'article' });

    expect(preview.ok ? null : preview.error.code).toBe('search-rebuilding');
    expect(across.ok ? null : across.error.code).toBe('search-rebuilding');
    expect(inArticle.ok).toBe(true);
  });
});
