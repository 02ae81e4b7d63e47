import { describe, expect, it } from 'vitest';
import {
  openSuggestions,
  rejectNameForGood,
  replaceOpenSuggestions,
} from '../../../../main/core/store/suggestion-repository.ts';
import { entityTestDb } from '../entities/entity-test-db.ts';

const run = { version: 1, ranAt: '2026-01-01T00:00:00.000Z' };
const mentions = [{ start: 0, end: 5, text: 'Paris' }];

describe('the suggestion repository', () => {
  it('replaces an article’s open suggestions with the new run’s', async () => {
    const { db, first } = await entityTestDb(['Paris and Rome.']);
    replaceOpenSuggestions(db, first, [{ name: 'Paris', type: 'place', mentions }], run);

    replaceOpenSuggestions(db, first, [{ name: 'Rome', type: 'place', mentions }], run);

    expect(openSuggestions(db, first).map((s) => s.name)).toEqual(['Rome']);
  });

  it('rejecting a name for good closes its open suggestions in every article, whatever its case', async () => {
    const { db, first, second } = await entityTestDb(['Paris.', 'Paris.']);
    for (const id of [first, second])
      replaceOpenSuggestions(db, id, [{ name: 'Paris', type: 'place', mentions }], run);

    rejectNameForGood(db, 'PARIS', '2026-01-01T00:00:00.000Z');

    expect([...openSuggestions(db, first), ...openSuggestions(db, second)]).toEqual([]);
  });
});
