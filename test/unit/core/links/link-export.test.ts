import { describe, expect, it } from 'vitest';
import { value } from '../entities/entity-test-db.ts';
import { linkTestDb } from './link-test-db.ts';

describe('exporting links', () => {
  it('writes CSV with both titles, quoting notes with commas, quotes and line breaks', async () => {
    const { db, a, b, api } = await linkTestDb();
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Talks, day "two"', b);
    await api.addArticleLink({
      sourceId: a,
      targetId: b,
      type: 'follow-up',
      note: 'Says "no deal",\nthen yes',
    });

    const file = value(await api.exportLinks({ format: 'csv' }));

    expect(file).toMatchObject({ fileName: 'dossier-links.csv', mimeType: 'text/csv; charset=utf-8' });
    expect(file.content).toBe(
      'link_id,source_id,source_title,target_id,target_title,type,note,made_by,created_at,updated_at\r\n' +
        `1,${a},Article 1,${b},"Talks, day ""two""",follow-up,"Says ""no deal"",\nthen yes",person,` +
        '2026-03-01T10:00:00.000Z,2026-03-01T10:00:00.000Z\r\n',
    );
  });

  it('guards a note that a spreadsheet would run as a formula', async () => {
    const { a, b, api } = await linkTestDb();
    await api.addArticleLink({
      sourceId: a,
      targetId: b,
      type: 'related',
      note: '=HYPERLINK("x")',
    });

    const file = value(await api.exportLinks({ format: 'csv' }));

    expect(file.content).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('writes JSON records with who made each link', async () => {
    const { a, b, api } = await linkTestDb();
    await api.addArticleLink({
      sourceId: b,
      targetId: a,
      type: 'responds-to',
      madeBy: 'suggestion',
    });

    const file = value(await api.exportLinks({ format: 'json' }));

    expect(JSON.parse(file.content)).toEqual([
      {
        link_id: 1,
        source_id: b,
        source_title: 'Article 2',
        target_id: a,
        target_title: 'Article 1',
        type: 'responds-to',
        note: null,
        made_by: 'suggestion',
        created_at: '2026-03-01T10:00:00.000Z',
        updated_at: '2026-03-01T10:00:00.000Z',
      },
    ]);
  });
});
