import { describe, expect, it } from 'vitest';
import {
  createBackgroundSuggester,
  SUGGESTER_VERSION,
} from '../../../../main/core/entities/suggest-in-background.ts';
import type { SuggestedEntity } from '../../../../main/core/entities/entity-types.ts';
import { silentLogger } from '../../../../main/core/logger.ts';
import { articlesToSuggest, openSuggestions } from '../../../../main/core/store/suggestion-repository.ts';
import { ok, type Result } from '../../../../main/shared/result.ts';
import { entityTestDb } from './entity-test-db.ts';

const paris: SuggestedEntity = {
  name: 'Paris',
  type: 'place',
  mentions: [{ start: 0, end: 5, text: 'Paris' }],
};

describe('the background suggester', () => {
  it('catches up articles without a run, stores their suggestions and reports each article', async () => {
    const { db, ids } = await entityTestDb(['Paris is big.', 'Paris again.']);
    const reported: number[] = [];
    const suggester = createBackgroundSuggester({
      db,
      now: () => new Date(0),
      logger: silentLogger,
      suggest: () => Promise.resolve(ok([paris])),
      onSuggested: (id) => reported.push(id),
    });

    suggester.catchUp();
    await suggester.idle();

    expect(reported).toEqual(ids);
    expect(openSuggestions(db, ids[0] ?? 0).map((s) => s.name)).toEqual(['Paris']);
    expect(articlesToSuggest(db, SUGGESTER_VERSION)).toEqual([]);
    expect(articlesToSuggest(db, SUGGESTER_VERSION + 1)).toEqual(ids);
  });

  it('drops a run whose article text changed while it was suggesting', async () => {
    const { db, first } = await entityTestDb(['Paris is big.']);
    const reported: number[] = [];
    const suggest = (): Promise<Result<SuggestedEntity[]>> => {
      db.prepare("UPDATE articles SET text = 'Rome is big.' WHERE id = ?").run(first);
      return Promise.resolve(ok([paris]));
    };
    const suggester = createBackgroundSuggester({
      db,
      now: () => new Date(0),
      logger: silentLogger,
      suggest,
      onSuggested: (id) => reported.push(id),
    });

    suggester.enqueue(first);
    await suggester.idle();

    expect(reported).toEqual([]);
    expect(openSuggestions(db, first)).toEqual([]);
  });
});
