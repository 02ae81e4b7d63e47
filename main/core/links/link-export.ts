import type { DatabaseSync } from 'node:sqlite';
import type { ArticleExport } from '../../shared/types.ts';
import { toCsv, type CsvCell } from '../entities/csv.ts';
import { allLinks } from '../store/link-repository.ts';

/** The file formats of a link export. */
export type LinkExportFormat = 'csv' | 'json';

const columns = [
  'link_id',
  'source_id',
  'source_title',
  'target_id',
  'target_title',
  'type',
  'note',
  'made_by',
  'created_at',
  'updated_at',
] as const;

type LinkRecord = Record<(typeof columns)[number], CsvCell>;

/**
 * Every link of the library, oldest first, as CSV (RFC 4180, formula-guarded) or JSON (an array
 * of records), with both articles' titles so the file reads on its own.
 */
export function exportLinks(db: DatabaseSync, format: LinkExportFormat): ArticleExport {
  const titleOf = db.prepare('SELECT title FROM articles WHERE id = ?');
  const titles = new Map<number, string>();
  const title = (id: number): string => {
    let found = titles.get(id);
    if (found === undefined) {
      found = (titleOf.get(id) as { title: string } | undefined)?.title ?? '';
      titles.set(id, found);
    }
    return found;
  };
  const records: LinkRecord[] = allLinks(db).map((link) => ({
    link_id: link.id,
    source_id: link.sourceId,
    source_title: title(link.sourceId),
    target_id: link.targetId,
    target_title: title(link.targetId),
    type: link.type,
    note: link.note,
    made_by: link.madeBy,
    created_at: link.createdAt,
    updated_at: link.updatedAt,
  }));
  const fileName = `dossier-links.${format}`;
  if (format === 'json')
    return { fileName, mimeType: 'application/json', content: `${JSON.stringify(records, null, 2)}\n` };
  const rows = records.map((record) => columns.map((column) => record[column]));
  return { fileName, mimeType: 'text/csv; charset=utf-8', content: toCsv(columns, rows) };
}
