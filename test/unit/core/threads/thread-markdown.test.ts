import { describe, expect, it } from 'vitest';
import { citationDate, threadFileName } from '../../../../main/core/threads/thread-markdown.ts';
import { value } from '../entities/entity-test-db.ts';
import { threadTestDb } from './thread-test-db.ts';

describe('thread export as Markdown', () => {
  it('lists the thread oldest first with citations and how each article relates to earlier ones', async () => {
    const { db, ids, api, link, dates } = await threadTestDb();
    const [a, b, c] = ids;
    db.prepare(
      "UPDATE articles SET site_name = 'The Ledger', url = 'https://ledger.example/a' WHERE id = ?",
    ).run(a);
    db.prepare("UPDATE articles SET url = 'https://www.daily.example/b' WHERE id = ?").run(b);
    dates(a, { published: '2024-03-12T10:00:00Z' });
    dates(b, { published: '2024-03-14T10:00:00Z' });
    dates(c, { published: '2024-03-13T10:00:00Z' });
    link(b, a, 'follow-up', 'Second day');
    link(a, c, 'same-story');
    value(await api.nameThread({ id: a, name: 'Port strike, 2024' }));

    const file = value(await api.exportThread({ id: c, format: 'markdown' }));

    expect(file.fileName).toBe('port-strike-2024.md');
    expect(file.mimeType).toBe('text/markdown');
    expect(file.content).toBe(
      [
        '# Port strike, 2024',
        '',
        '1. Article 1 — The Ledger, 12 March 2024. <https://ledger.example/a>',
        '2. Article 3 — 13 March 2024.',
        '   Same story as 1.',
        '3. Article 2 — daily.example, 14 March 2024. <https://www.daily.example/b>',
        '   Follow-up to 1 (“Second day”).',
        '',
      ].join('\n'),
    );
  });

  it('names the file after the article when the thread has no name', () => {
    expect(threadFileName(null, 42)).toBe('thread-42.md');
    expect(threadFileName('  Ça va: élection ', 1)).toBe('ca-va-election.md');
    expect(citationDate('2024-01-01T00:30:00Z')).toBe('1 January 2024');
  });
});
