import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { value } from '../entities/entity-test-db.ts';
import { linkTestDb } from './link-test-db.ts';

describe('links between articles', () => {
  it('shows a link on both sides: outgoing at its source, incoming at its target', async () => {
    const { a, b, api } = await linkTestDb();
    const link = value(
      await api.addArticleLink({ sourceId: a, targetId: b, type: 'follow-up', note: 'Day two' }),
    );

    const fromA = value(await api.getArticleLinks({ id: a }));
    const fromB = value(await api.getArticleLinks({ id: b }));

    expect(fromA.outgoing.map((e) => [e.link.id, e.article.id, e.article.title])).toEqual([
      [link.id, b, 'Article 2'],
    ]);
    expect(fromA.incoming).toEqual([]);
    expect(fromB.incoming.map((e) => [e.link.id, e.article.id, e.link.note])).toEqual([
      [link.id, a, 'Day two'],
    ]);
    expect(fromB.outgoing).toEqual([]);
    expect(link).toMatchObject({ madeBy: 'person', createdAt: '2026-03-01T10:00:00.000Z' });
  });

  it('offers the built-in types, then the user-defined types in use', async () => {
    const { a, b, c, api } = await linkTestDb();
    await api.addArticleLink({ sourceId: a, targetId: b, type: '  quotes  ' });

    const { types } = value(await api.getArticleLinks({ id: c }));

    expect(types.map((t) => t.type)).toEqual([
      'related',
      'follow-up',
      'same-story',
      'background',
      'responds-to',
      'contradicts',
      'quotes',
    ]);
    expect(types.find((t) => t.type === 'follow-up')).toMatchObject({
      incomingLabel: 'Followed up by',
      builtIn: true,
    });
    expect(types.at(-1)).toEqual({
      type: 'quotes',
      label: 'quotes',
      incomingLabel: 'quotes (incoming)',
      builtIn: false,
    });
  });

  it('retypes a link, stamping when it changed but keeping when it was made', async () => {
    const { a, b, api, setNow } = await linkTestDb();
    const link = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' }));
    setNow('2026-03-02T10:00:00.000Z');

    const retyped = value(await api.updateArticleLink({ linkId: link.id, type: 'contradicts' }));

    expect(retyped).toMatchObject({
      type: 'contradicts',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    const seen = value(await api.getArticleLinks({ id: b }));
    expect(seen.incoming.map((e) => e.link.type)).toEqual(['contradicts']);
  });

  it('edits a note and clears it when it is set blank', async () => {
    const { a, b, api } = await linkTestDb();
    const link = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'background' }));

    const noted = value(await api.updateArticleLink({ linkId: link.id, note: ' Same minister quoted ' }));
    const cleared = value(await api.updateArticleLink({ linkId: link.id, note: '   ' }));

    expect([noted.note, noted.type]).toEqual(['Same minister quoted', 'background']);
    expect(cleared.note).toBeNull();
  });

  it('removes a link, answering it, and restores it with its id and creation time', async () => {
    const { a, b, api, setNow } = await linkTestDb();
    const link = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'same-story', note: 'n' }));

    const { removed } = value(await api.removeArticleLink({ linkId: link.id }));
    const gone = value(await api.getArticleLinks({ id: a }));
    setNow('2026-03-05T10:00:00.000Z');
    const restored = value(await api.restoreArticleLink({ link: removed }));

    expect(removed).toEqual(link);
    expect(gone.outgoing).toEqual([]);
    expect(restored).toEqual(link);
    expect(value(await api.getArticleLinks({ id: b })).incoming.map((e) => e.link)).toEqual([link]);
  });

  it('refuses to restore a link that was made again meanwhile, as link-exists', async () => {
    const { a, b, api } = await linkTestDb();
    const link = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' }));
    const { removed } = value(await api.removeArticleLink({ linkId: link.id }));
    await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' });

    const restored = await api.restoreArticleLink({ link: removed });

    expect(restored.ok ? 'ok' : restored.error.code).toBe('link-exists');
  });

  it('refuses a link from an article to itself with link-to-itself', async () => {
    const { a, api } = await linkTestDb();

    const result = await api.addArticleLink({ sourceId: a, targetId: a, type: 'related' });

    expect(result.ok ? 'ok' : result.error.code).toBe('link-to-itself');
  });

  it('refuses the same link twice, and the reverse of a two-way type, with link-exists', async () => {
    const { a, b, api } = await linkTestDb();
    await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' });
    await api.addArticleLink({ sourceId: a, targetId: b, type: 'follow-up' });

    const again = await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' });
    const reverse = await api.addArticleLink({ sourceId: b, targetId: a, type: 'related' });
    const reverseFollowUp = await api.addArticleLink({ sourceId: b, targetId: a, type: 'follow-up' });

    expect([again, reverse].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['link-exists', 'link-exists']);
    expect(reverseFollowUp.ok).toBe(true);
  });

  it('refuses to retype a link into one the two articles already have', async () => {
    const { a, b, api } = await linkTestDb();
    await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' });
    const other = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'background' }));

    const result = await api.updateArticleLink({ linkId: other.id, type: 'related' });

    expect(result.ok ? 'ok' : result.error.code).toBe('link-exists');
  });

  it('answers not-found for a missing article or link, and invalid-request for a bad type', async () => {
    const { a, api } = await linkTestDb();
    const missing = toArticleId(99);

    const results = [
      await api.getArticleLinks({ id: missing }),
      await api.addArticleLink({ sourceId: a, targetId: missing, type: 'related' }),
      await api.updateArticleLink({ linkId: 5, note: 'x' }),
      await api.removeArticleLink({ linkId: 5 }),
      await api.addArticleLink({ sourceId: a, targetId: missing, type: 'x'.repeat(41) }),
    ];

    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'not-found',
      'not-found',
      'not-found',
      'not-found',
      'invalid-request',
    ]);
  });

  it('tells open views of both articles about every change', async () => {
    const { a, b, api, events } = await linkTestDb();
    const link = value(await api.addArticleLink({ sourceId: a, targetId: b, type: 'related' }));
    await api.updateArticleLink({ linkId: link.id, note: 'why' });
    const { removed } = value(await api.removeArticleLink({ linkId: link.id }));
    await api.restoreArticleLink({ link: removed });
    await api.addArticleLink({ sourceId: a, targetId: a, type: 'related' });

    expect(events).toEqual(Array.from({ length: 4 }, () => ({ type: 'links-changed', articleIds: [a, b] })));
  });

  it('loses an article’s links, both ways, when its row is deleted', async () => {
    const { db, a, b, c, api } = await linkTestDb();
    await api.addArticleLink({ sourceId: a, targetId: b, type: 'follow-up' });
    await api.addArticleLink({ sourceId: c, targetId: a, type: 'background' });
    await api.addArticleLink({ sourceId: b, targetId: c, type: 'related' });

    db.prepare('DELETE FROM articles WHERE id = ?').run(a);

    const rows = db.prepare('SELECT source_id, target_id FROM article_links').all();
    expect(rows).toEqual([{ source_id: b, target_id: c }]);
  });
});
