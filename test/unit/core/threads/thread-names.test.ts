import { describe, expect, it } from 'vitest';
import { value } from '../entities/entity-test-db.ts';
import { threadTestDb } from './thread-test-db.ts';

describe('named threads', () => {
  it('names a thread from any of its articles and lists it with its live size and date span', async () => {
    const { ids, api, link, dates, events } = await threadTestDb();
    const [a, b, c] = ids;
    link(b, a, 'follow-up');
    dates(a, { published: '2024-03-01T00:00:00Z' });
    dates(b, { published: '2024-03-05T00:00:00Z' });

    const named = value(await api.nameThread({ id: b, name: 'Embassy row' }));
    const before = value(await api.listThreads({}));
    link(c, b, 'responds-to');
    dates(c, { published: '2024-04-01T00:00:00Z' });
    const after = value(await api.listThreads({}));

    expect(named).toMatchObject({ name: 'Embassy row', anchorId: b });
    expect(before.threads.map((t) => [t.name, t.size, t.firstDate, t.lastDate])).toEqual([
      ['Embassy row', 2, '2024-03-01T00:00:00.000Z', '2024-03-05T00:00:00.000Z'],
    ]);
    expect(after.threads[0]).toMatchObject({ size: 3, lastDate: '2024-04-01T00:00:00.000Z' });
    expect(value(await api.getThread({ id: a })).name?.name).toBe('Embassy row');
    expect(events).toEqual([{ type: 'threads-changed' }]);
  });

  it('renames the existing name when a named thread is named again, and refuses a name in use', async () => {
    const { ids, api, link } = await threadTestDb();
    const [a, b, c, d] = ids;
    link(a, b, 'same-story');
    link(c, d, 'same-story');
    const first = value(await api.nameThread({ id: a, name: 'One' }));
    value(await api.nameThread({ id: c, name: 'Two' }));

    const again = value(await api.nameThread({ id: b, name: 'Uno' }));
    const clash = await api.renameThread({ threadId: first.id, name: 'Two' });

    expect(again.id).toBe(first.id);
    expect(value(await api.listThreads({})).threads.map((t) => t.name)).toEqual(['Two', 'Uno']);
    expect(clash.ok ? null : clash.error.code).toBe('thread-name-taken');
  });

  it('forgets a name when asked, and when its anchor article is deleted', async () => {
    const { db, ids, api, link } = await threadTestDb();
    const [a, b, c, d] = ids;
    link(a, b, 'same-story');
    link(c, d, 'same-story');
    const one = value(await api.nameThread({ id: a, name: 'One' }));
    value(await api.nameThread({ id: c, name: 'Two' }));

    value(await api.deleteThreadName({ threadId: one.id }));
    db.prepare('DELETE FROM articles WHERE id = ?').run(c);

    expect(value(await api.listThreads({})).threads).toEqual([]);
    expect(value(await api.getThread({ id: d })).name).toBeNull();
    expect(
      value(await api.getThread({ id: b }))
        .articles.map((x) => x.id)
        .sort(),
    ).toEqual([a, b].sort());
  });
});
