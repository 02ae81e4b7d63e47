import { describe, expect, it } from 'vitest';
import { createEntity } from '../../../../main/core/store/entity-repository.ts';
import { liveEntityId } from '../../../../main/core/store/mention-repository.ts';
import { entityTestDb } from '../entities/entity-test-db.ts';

describe('the mention repository', () => {
  it('resolves an entity merged twice over to the live one at the end of the chain', async () => {
    const { db } = await entityTestDb([]);
    const at = new Date(0);
    const [a, b, c] = ['Putin', 'V. Putin', 'Vladimir Putin'].map((name) =>
      createEntity(db, name, 'person', at),
    );
    db.prepare('UPDATE entities SET merged_into = ? WHERE id = ?').run(b ?? 0, a ?? 0);
    db.prepare('UPDATE entities SET merged_into = ? WHERE id = ?').run(c ?? 0, b ?? 0);

    expect([liveEntityId(db, a ?? 0), liveEntityId(db, c ?? 0), liveEntityId(db, 99)]).toEqual([c, c, null]);
  });
});
