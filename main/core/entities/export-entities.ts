import type { DatabaseSync } from 'node:sqlite';
import type { ArticleExport } from '../../shared/types.ts';
import { getText } from '../store/article-repository.ts';
import { listEntityRows } from '../store/entity-registry-repository.ts';
import { concordanceLine, lineText } from './concordance.ts';
import { allCooccurrences } from './cooccurrence.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { allMentions } from './entity-mention-rows.ts';

/** What can be exported, and how. */
export type EntityExportKind = 'entities' | 'mentions' | 'cooccurrences';
/** The file formats of an entity export. */
export type EntityExportFormat = 'csv' | 'json';

/** A table: column names and JSON-ready records, in order. */
interface Table {
  readonly columns: readonly string[];
  readonly records: readonly Record<string, CsvCell | readonly string[]>[];
}

function entitiesTable(db: DatabaseSync): Table {
  const { items } = listEntityRows(db, { offset: 0, limit: -1 });
  return {
    columns: ['id', 'name', 'type', 'aliases', 'note', 'colour', 'mentions', 'articles'],
    records: items.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      note: e.note,
      colour: e.colour,
      mentions: e.mentionCount,
      articles: e.articleCount,
    })),
  };
}

function mentionsTable(db: DatabaseSync): Table {
  const entities = new Map<number, { name: string; type: string }>();
  const entityOf = db.prepare('SELECT name, type FROM entities WHERE id = ?');
  const titleOf = db.prepare('SELECT title FROM articles WHERE id = ?');
  let textOf = { id: -1, text: '', title: '' };
  const records = allMentions(db).map((mention) => {
    if (textOf.id !== mention.articleId) {
      const title = (titleOf.get(mention.articleId) as { title: string } | undefined)?.title ?? '';
      textOf = { id: mention.articleId, text: getText(db, mention.articleId) ?? '', title };
    }
    let entity = entities.get(mention.entityId);
    if (entity === undefined) {
      entity = (entityOf.get(mention.entityId) as { name: string; type: string } | undefined) ?? {
        name: '',
        type: '',
      };
      entities.set(mention.entityId, entity);
    }
    return {
      article_id: mention.articleId,
      title: textOf.title,
      date: mention.date,
      entity_id: mention.entityId,
      entity: entity.name,
      type: entity.type,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      context: lineText(concordanceLine(textOf.text, mention)),
    };
  });
  return {
    columns: [
      'article_id',
      'title',
      'date',
      'entity_id',
      'entity',
      'type',
      'start',
      'end',
      'text',
      'context',
    ],
    records,
  };
}

function cooccurrencesTable(db: DatabaseSync): Table {
  return {
    columns: ['entity_a_id', 'entity_a', 'entity_b_id', 'entity_b', 'shared_articles'],
    records: allCooccurrences(db).map((pair) => ({
      entity_a_id: pair.entityAId,
      entity_a: pair.entityA,
      entity_b_id: pair.entityBId,
      entity_b: pair.entityB,
      shared_articles: pair.sharedArticles,
    })),
  };
}

const tables: Record<EntityExportKind, (db: DatabaseSync) => Table> = {
  entities: entitiesTable,
  mentions: mentionsTable,
  cooccurrences: cooccurrencesTable,
};

/**
 * The registry, every mention, or every co-occurring pair as a CSV (RFC 4180, aliases joined
 * with "; ") or JSON (an array of records) file for R or Python.
 */
export function exportEntities(
  db: DatabaseSync,
  what: EntityExportKind,
  format: EntityExportFormat,
): ArticleExport {
  const table = tables[what](db);
  const fileName = `dossier-${what}.${format}`;
  if (format === 'json')
    return { fileName, mimeType: 'application/json', content: `${JSON.stringify(table.records, null, 2)}\n` };
  const rows = table.records.map((record) =>
    table.columns.map((column) => {
      const value = record[column] ?? null;
      return Array.isArray(value) ? value.join('; ') : (value as CsvCell);
    }),
  );
  return { fileName, mimeType: 'text/csv; charset=utf-8', content: toCsv(table.columns, rows) };
}
