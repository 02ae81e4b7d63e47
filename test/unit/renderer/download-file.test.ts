// @vitest-environment jsdom
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportLinks } from '../../../main/core/links/link-export.ts';
import { migrate } from '../../../main/core/store/migrate.ts';
import { downloadFile } from '../../../renderer/components/download-file.ts';

/** The content type of the Blob `downloadFile` hands the browser for `file`. */
function downloadedType(file: { fileName: string; mimeType: string; content: string }): string {
  let type = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    type = (blob as Blob).type;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // jsdom cannot follow the download link.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  downloadFile(file);
  return type;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloading an export', () => {
  it('names UTF-8 once for the links CSV, whose type names it already', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db);
    const csv = exportLinks(db, 'csv');

    expect(downloadedType(csv)).toBe('text/csv; charset=utf-8');
  });

  it('adds UTF-8 to a type that names no charset', () => {
    expect(downloadedType({ fileName: 'a.json', mimeType: 'application/json', content: '{}' })).toBe(
      'application/json;charset=utf-8',
    );
  });
});
