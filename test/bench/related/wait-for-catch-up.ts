// Waits, from a second connection, until the library's engine has caught up in the background: every
// article has features of the current engine, computed at the step of the library's size it has now
// or past it, and no term key waits for the articles keeping it to be recomputed (features-catch-up.ts,
// pending-keys-pass.ts; issue 6). The bench measures a library after its background
// work, as a user meets it minutes after an import.
import type { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { mayBeStale } from '../../../main/core/related/features-signature.ts';
import { refreshStep } from '../../../main/core/related/library-scale.ts';
import { hasPendingKeys } from '../../../main/core/store/related-pending-keys.ts';
import { featuredArticleCount } from '../../../main/core/store/related-document-counts.ts';

const pollMs = 50;
const timeoutMs = 600_000;

/** How many articles have no features, or features of an older engine or a smaller library than now. */
function behind(db: DatabaseSync): number {
  const step = refreshStep(featuredArticleCount(db));
  const rows = db
    .prepare(
      'SELECT r.signature AS signature FROM articles a LEFT JOIN related_articles r ON r.article_id = a.id',
    )
    .all() as { signature: string | null }[];
  return rows.filter((row) => mayBeStale(row.signature, step)).length;
}

/** Resolves once the engine has caught up; throws after 10 minutes. */
export async function waitForCatchUp(db: DatabaseSync): Promise<void> {
  const started = performance.now();
  while (behind(db) > 0 || hasPendingKeys(db)) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`The engine had not caught up with the library's features after ${timeoutMs} ms`);
    await sleep(pollMs);
  }
}
