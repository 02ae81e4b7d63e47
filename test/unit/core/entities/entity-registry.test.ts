import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { toEntityId } from '../../../../main/shared/ids.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';
import { addEntity, addMentions } from './entity-test-kit.ts';

/** A library of two imported articles, and a second connection to add entities and mentions. */
async function libraryWithArticles() {
  const dir = await tempDir();
  const files = await Promise.all([
    writeTestFile(
      join(dir, 'in', 'summit.html'),
      articleHtml({ title: 'Summit', body: 'Vladimir Putin met Emmanuel Macron in Paris for the summit.' }),
    ),
    writeTestFile(
      join(dir, 'in', 'talks.html'),
      articleHtml({ title: 'Talks', body: 'Talks in Geneva went badly, and Putin left early.' }),
    ),
  ]);
  const library = await openTestLibrary(join(dir, 'lib'));
  await importAndWait(library, { paths: files, uploads: false });
  const db = new DatabaseSync(join(dir, 'lib', 'library.sqlite'));
  db.exec('PRAGMA busy_timeout = 5000');
  const ids = db.prepare('SELECT id, title FROM articles').all() as unknown as {
    id: number;
    title: string;
  }[];
  const idOf = (title: string): number => ids.find((row) => row.title === title)?.id ?? 0;
  return { library, db, summit: idOf('Summit'), talks: idOf('Talks') };
}

async function titles(library: Awaited<ReturnType<typeof libraryWithArticles>>['library'], query: string) {
  const result = await library.search({ query, limit: 10 });
  if (!result.ok) throw new Error(result.error.message);
  return { titles: result.value.hits.map((h) => h.article.title).sort(), problems: result.value.problems };
}

describe('the entity registry through the library', () => {
  it('builds an entity page: articles with concordance lines, co-occurring entities', async () => {
    const { library, db, summit, talks } = await libraryWithArticles();
    const putin = addEntity(db, 'Vladimir Putin');
    const macron = addEntity(db, 'Emmanuel Macron');
    addMentions(db, summit, putin, 'Vladimir Putin');
    addMentions(db, talks, putin, 'Putin');
    addMentions(db, summit, macron, 'Emmanuel Macron');

    const page = await library.getEntityPage({ id: toEntityId(putin) });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.entity).toMatchObject({ name: 'Vladimir Putin', mentionCount: 2, articleCount: 2 });
    const lines = page.value.articles.map((a) => [
      a.article.title,
      a.mentionCount,
      a.lines.map((l) => [l.before, l.match, l.after]),
    ]);
    expect(lines).toContainEqual([
      'Summit',
      1,
      [['', 'Vladimir Putin', ' met Emmanuel Macron in Paris for the summit.']],
    ]);
    expect(lines).toContainEqual([
      'Talks',
      1,
      [['Talks in Geneva went badly, and ', 'Putin', ' left early. This paragraph is here so that']],
    ]);
    expect(page.value.cooccurring.map((c) => [c.entity.name, c.articles])).toEqual([['Emmanuel Macron', 1]]);
    expect(await library.getEntityPage({ id: toEntityId(999) })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    db.close();
  });

  it('refuses a rename or alias that is another entity’s name, and merging into itself or a merged entity', async () => {
    const { library, db } = await libraryWithArticles();
    const putin = toEntityId(addEntity(db, 'Vladimir Putin'));
    const short = toEntityId(addEntity(db, 'Putin'));
    const paris = toEntityId(addEntity(db, 'Paris', 'place'));

    expect(await library.updateEntity({ id: short, name: 'vladimir putin' })).toMatchObject({
      ok: false,
      error: { code: 'entity-name-taken' },
    });
    expect(await library.updateEntity({ id: paris, aliases: ['Putin'] })).toMatchObject({
      ok: false,
      error: { code: 'entity-name-taken' },
    });
    expect(await library.updateEntity({ id: paris, type: 'city', aliases: ['Paree'] })).toMatchObject({
      ok: true,
      value: { type: 'city', aliases: ['Paree'] },
    });
    expect(await library.mergeEntities({ sourceId: putin, targetId: putin })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await library.mergeEntities({ sourceId: short, targetId: putin })).toMatchObject({
      ok: true,
      value: { aliases: ['Putin'] },
    });
    expect(await library.mergeEntities({ sourceId: paris, targetId: short })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await library.splitEntity({ id: paris, mergedId: short })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await library.splitEntity({ id: putin, mergedId: short })).toMatchObject({
      ok: true,
      value: { aliases: [] },
    });
    db.close();
  });

  it('finds articles by entity: and tag: through names and aliases, merged ones too, and negated', async () => {
    const { library, db, summit, talks } = await libraryWithArticles();
    const putin = addEntity(db, 'Vladimir Putin');
    const short = addEntity(db, 'Putin');
    addMentions(db, summit, putin, 'Vladimir Putin');
    addMentions(db, talks, short, 'Putin');

    expect((await titles(library, 'entity:"Vladimir Putin"')).titles).toEqual(['Summit']);
    expect((await titles(library, 'tag:putin')).titles).toEqual(['Talks']);
    await library.mergeEntities({ sourceId: toEntityId(short), targetId: toEntityId(putin) });
    expect((await titles(library, 'entity:putin')).titles).toEqual(['Summit', 'Talks']);
    expect((await titles(library, 'talks -entity:"vladimir putin"')).titles).toEqual([]);
    expect(await titles(library, 'talks entity:Nobody')).toEqual({
      titles: ['Talks'],
      problems: [{ text: 'entity:Nobody', message: 'No entity named “Nobody”' }],
    });
    db.close();
  });

  it('binds entity: inside parentheses to its own group, and an unknown name there matches nothing', async () => {
    const { library, db, summit, talks } = await libraryWithArticles();
    addMentions(db, talks, addEntity(db, 'Vladimir Putin'), 'Putin');
    addMentions(db, summit, addEntity(db, 'Emmanuel Macron'), 'Emmanuel Macron');

    expect((await titles(library, '(entity:"vladimir putin" OR entity:"emmanuel macron")')).titles).toEqual([
      'Summit',
      'Talks',
    ]);
    expect(await titles(library, '(entity:Nobody OR entity:"vladimir putin")')).toEqual({
      titles: ['Talks'],
      problems: [{ text: 'entity:Nobody', message: 'No entity named “Nobody”' }],
    });
    db.close();
  });

  it('exports the registry, mentions and co-occurrences as CSV and JSON', async () => {
    const { library, db, summit } = await libraryWithArticles();
    const putin = addEntity(db, 'Vladimir Putin');
    const macron = addEntity(db, '=Macron');
    addMentions(db, summit, putin, 'Vladimir Putin');
    addMentions(db, summit, macron, 'Emmanuel Macron');

    const entities = await library.exportEntities({ what: 'entities', format: 'csv' });
    expect(entities).toMatchObject({ ok: true, value: { fileName: 'dossier-entities.csv' } });
    expect(entities.ok && entities.value.content.split('\r\n')).toEqual([
      'id,name,type,aliases,note,colour,mentions,articles',
      `${macron},'=Macron,person,,,,1,1`,
      `${putin},Vladimir Putin,person,,,,1,1`,
      '',
    ]);
    const mentions = await library.exportEntities({ what: 'mentions', format: 'json' });
    const rows = mentions.ok ? (JSON.parse(mentions.value.content) as Record<string, unknown>[]) : [];
    expect(rows.find((row) => row.entity === 'Vladimir Putin')).toMatchObject({
      article_id: summit,
      title: 'Summit',
      type: 'person',
      text: 'Vladimir Putin',
      context: 'Vladimir Putin met Emmanuel Macron in Paris for the summit.',
    });
    const pairs = await library.exportEntities({ what: 'cooccurrences', format: 'csv' });
    expect(pairs.ok && pairs.value.content).toBe(
      `entity_a_id,entity_a,entity_b_id,entity_b,shared_articles\r\n${putin},Vladimir Putin,${macron},'=Macron,1\r\n`,
    );
    db.close();
  });
});
