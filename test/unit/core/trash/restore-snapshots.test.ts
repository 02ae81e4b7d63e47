import { describe, expect, it } from 'vitest';
import { deleteSnapshotRows, takeSnapshot } from '../../../../main/core/trash/article-snapshot.ts';
import { restoreSnapshots } from '../../../../main/core/trash/restore-snapshots.ts';
import { addArticle, addEntity, addMentions, freshDb } from '../entities/entity-test-kit.ts';

describe('restoring article snapshots', () => {
  it('restores under a new id, remapping its rows, when its old id was taken meanwhile', async () => {
    const db = await freshDb();
    const kept = addArticle(db, { title: 'Kept', text: 'Nothing here.' });
    const gone = addArticle(db, { title: 'Gone', text: 'Ada Lovelace wrote notes.' });
    addMentions(db, gone, addEntity(db, 'Ada Lovelace'), 'Ada Lovelace');
    db.prepare(
      `INSERT INTO article_links (source_id, target_id, type, made_by, created_at, updated_at)
       VALUES (?, ?, 'related', 'person', 'x', 'x')`,
    ).run(kept, gone);
    const snapshot = takeSnapshot(db, gone);
    if (snapshot === null) throw new Error('no snapshot');
    deleteSnapshotRows(db, snapshot);
    // Another article takes the freed id (a library whose ids are reused).
    db.prepare("INSERT INTO originals (sha256, size, path) VALUES (?, 1, 'p')").run('f'.repeat(64));
    db.prepare(
      `INSERT INTO articles (id, title, added_at, word_count, status, html, text, charset, cleaner_version,
         original_sha256) VALUES (?, 'Squatter', 'x', 1, 'ok', '', '', 'utf-8', 1, ?)`,
    ).run(gone, 'f'.repeat(64));

    const outcome = restoreSnapshots(db, [snapshot]);
    const newId = outcome.restored.get(gone) ?? 0;
    expect(newId).toBeGreaterThan(gone);
    expect(db.prepare('SELECT title FROM articles WHERE id = ?').get(newId)).toEqual({ title: 'Gone' });
    expect(db.prepare('SELECT article_id FROM entity_mentions').all()).toEqual([{ article_id: newId }]);
    expect(db.prepare('SELECT source_id, target_id FROM article_links').all()).toEqual([
      { source_id: kept, target_id: newId },
    ]);
    expect(db.prepare('SELECT article_id FROM provenance WHERE article_id = ?').get(newId)).toBeDefined();
  });

  it('snapshots rows of every table that references articles, found through the schema', async () => {
    const db = await freshDb();
    db.exec(
      'CREATE TABLE later_notes (article_id INTEGER NOT NULL REFERENCES articles (id), note TEXT) STRICT',
    );
    const id = addArticle(db, { title: 'Noted', text: 'Text.' });
    db.prepare("INSERT INTO later_notes VALUES (?, 'remember')").run(id);
    const snapshot = takeSnapshot(db, id);
    expect(snapshot?.tables.find((t) => t.table === 'later_notes')?.rows).toEqual([
      { article_id: id, note: 'remember' },
    ]);
    if (snapshot === null) return;
    deleteSnapshotRows(db, snapshot);
    expect(db.prepare('SELECT count(*) AS n FROM later_notes').get()).toEqual({ n: 0 });
    restoreSnapshots(db, [snapshot]);
    expect(db.prepare('SELECT * FROM later_notes').all()).toEqual([{ article_id: id, note: 'remember' }]);
  });
});
