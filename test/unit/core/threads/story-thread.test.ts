import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { threadComponent } from '../../../../main/core/threads/story-thread.ts';
import { value } from '../entities/entity-test-db.ts';
import { threadTestDb } from './thread-test-db.ts';

describe('story threads', () => {
  it('follows same-story, follow-up and responds-to links either way, and ignores other types', async () => {
    const { ids, api, link } = await threadTestDb();
    const [a, b, c, d, e, f] = ids;
    link(b, a, 'follow-up');
    link(c, b, 'same-story');
    link(c, d, 'responds-to');
    link(e, d, 'related');
    link(f, a, 'background');

    const thread = value(await api.getThread({ id: d }));

    expect(thread.articles.map((x) => x.id).sort()).toEqual([a, b, c, d].sort());
    expect(thread.links.map((x) => x.type).sort()).toEqual(['follow-up', 'responds-to', 'same-story']);
    expect(thread.truncated).toBe(false);
  });

  it('answers an unlinked article as a thread of one, and fails for a missing article', async () => {
    const { ids, api } = await threadTestDb();

    const alone = value(await api.getThread({ id: ids[0] }));
    const missing = await api.getThread({ id: toArticleId(999) });

    expect(alone.articles.map((x) => x.id)).toEqual([ids[0]]);
    expect(alone.links).toEqual([]);
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });

  it('orders by published date, falling back to the capture date, then to when it was added', async () => {
    const { ids, api, link, dates } = await threadTestDb();
    const [a, b, c, d] = ids;
    link(a, b, 'same-story');
    link(c, b, 'follow-up');
    link(d, c, 'follow-up');
    dates(a, { published: '2024-03-12T09:00:00Z' });
    dates(b, { published: null, captured: '2024-03-10T00:00:00Z' });
    dates(c, { published: 'not a date', captured: null, added: '2024-03-11T00:00:00.000Z' });
    dates(d, { published: '2024-03-01T00:00:00+02:00' });

    const { articles } = value(await api.getThread({ id: a }));

    expect(articles.map((x) => [x.id, x.dateSource, x.date])).toEqual([
      [d, 'published', '2024-02-29T22:00:00.000Z'],
      [b, 'captured', '2024-03-10T00:00:00.000Z'],
      [c, 'added', '2024-03-11T00:00:00.000Z'],
      [a, 'published', '2024-03-12T09:00:00.000Z'],
    ]);
  });

  it('cuts a thread at the cap, keeping the articles closest to the start, and flags it', async () => {
    const { db, ids, link } = await threadTestDb();
    const [a, b, c, d, e, f] = ids;
    for (const [x, y] of [
      [a, b],
      [b, c],
      [c, d],
      [d, e],
      [e, f],
    ] as const)
      link(x, y, 'follow-up');

    const cut = threadComponent(db, a, 3);
    const whole = threadComponent(db, a, 6);

    expect([...cut.ids].sort()).toEqual([a, b, c].sort());
    expect(cut.truncated).toBe(true);
    expect(cut.links.every((l) => cut.ids.includes(l.sourceId) && cut.ids.includes(l.targetId))).toBe(true);
    expect(whole.truncated).toBe(false);
  });
});
