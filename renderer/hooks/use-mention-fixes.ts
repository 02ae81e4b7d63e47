import { useCallback, useState } from 'react';
import type { ArticleEntities, EntityMentionView } from '../../main/shared/entity-types.ts';
import type { ArticleId, MentionId } from '../../main/shared/ids.ts';
import type { ApiRequest } from '../../main/shared/schemas.ts';
import type { Result } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import type { ArticleEntitiesState } from './use-article-entities.ts';

/** Mentions just removed from the article, offered for undo. */
export interface RemovedMentions {
  readonly articleId: ArticleId;
  readonly name: string;
  readonly mentions: readonly EntityMentionView[];
}

/** The confirmed mention being corrected, and the corrections: remove, undo a removal, re-point. */
export interface MentionFixes {
  readonly fixing: EntityMentionView | null;
  /** Opens the corrections for a mention (a click on its highlight). */
  readonly open: (mentionId: MentionId) => void;
  readonly close: () => void;
  readonly removed: RemovedMentions | null;
  /** Removes this mention, or every placed mention of its entity in the article (a failure shows in state.error). */
  readonly remove: (all: boolean) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly dismiss: () => void;
  /** Links the mention to another entity instead (existing, or new with a type). */
  readonly move: (entity: ApiRequest<'moveMention'>['entity']) => Promise<void>;
}

/** Runs requests one after another, stopping at the first failure; answers the last state. */
async function inTurn<T>(
  items: readonly T[],
  run: (item: T) => Promise<Result<ArticleEntities>>,
  start: ArticleEntities,
): Promise<Result<ArticleEntities>> {
  let last: Result<ArticleEntities> = { ok: true, value: start };
  for (const item of items) {
    last = await run(item);
    if (!last.ok) return last;
  }
  return last;
}

/** Corrections to the open article's confirmed mentions, made from the reader. */
export function useMentionFixes(articleId: ArticleId, state: ArticleEntitiesState): MentionFixes {
  const client = useClient();
  const [fixingId, setFixingId] = useState<MentionId | null>(null);
  const [lastRemoved, setRemoved] = useState<RemovedMentions | null>(null);
  // A removal in another article is not offered for undo here: its offsets point into that one.
  const removed = lastRemoved?.articleId === articleId ? lastRemoved : null;
  const entities = state.entities;
  const fixing = entities?.mentions.find((m) => m.id === fixingId) ?? null;
  const { change } = state;

  const close = useCallback(() => {
    setFixingId(null);
  }, []);
  const remove = useCallback(
    async (all: boolean) => {
      if (fixing === null || entities === null) return;
      const gone = all
        ? entities.mentions.filter((m) => m.entityId === fixing.entityId && !m.unplaced)
        : [fixing];
      const result = await change(() =>
        inTurn(gone, (m) => client.removeMention({ mentionId: m.id }), entities),
      );
      if (result.ok) {
        setRemoved({ articleId, name: fixing.name, mentions: gone });
        setFixingId(null);
      }
    },
    [articleId, change, client, entities, fixing],
  );
  const undo = useCallback(async () => {
    if (removed === null || entities === null) return;
    // Put back as links a person made: the reader is confirming these words by undoing.
    const result = await change(() =>
      inTurn(
        removed.mentions,
        ({ start, end, text, entityId }) =>
          client.tagMention({ articleId, start, end, text, entity: { id: entityId } }),
        entities,
      ),
    );
    if (result.ok) setRemoved(null);
  }, [articleId, change, client, entities, removed]);
  const move = useCallback(
    async (entity: ApiRequest<'moveMention'>['entity']) => {
      if (fixing === null) return;
      const result = await change(() => client.moveMention({ mentionId: fixing.id, entity }));
      if (result.ok) setFixingId(null);
    },
    [change, client, fixing],
  );
  const dismiss = useCallback(() => {
    setRemoved(null);
  }, []);

  return { fixing, open: setFixingId, close, removed, remove, undo, dismiss, move };
}
