import { useCallback, useEffect, useState } from 'react';
import type { Entity, EntityPage } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';
import type { Result } from '../../main/shared/result.ts';
import type { ApiRequest } from '../../main/shared/schemas.ts';
import { useClient } from '../api/client-context.ts';
import type { Loadable } from './use-article.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** The changes an entity page can make; each reloads the page once it succeeded. */
export interface EntityPageActions {
  readonly update: (changes: Omit<ApiRequest<'updateEntity'>, 'id'>) => Promise<Result<Entity>>;
  /** Merges this entity into `targetId` (the page then shows the target). */
  readonly mergeInto: (targetId: EntityId) => Promise<Result<Entity>>;
  /** Splits an entity merged into this one off again. */
  readonly split: (mergedId: EntityId) => Promise<Result<Entity>>;
}

interface Keyed {
  readonly id: EntityId;
  readonly value: Loadable<EntityPage>;
}

/** The page of entity `id`, reloaded after every change made through `actions` or to the library. */
export function useEntityPage(
  id: EntityId,
  onChanged: () => void,
): { readonly page: Loadable<EntityPage>; readonly actions: EntityPageActions } {
  const client = useClient();
  const [answer, setAnswer] = useState<Keyed | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void client.getEntityPage({ id }).then((result) => {
      if (!current) return;
      setAnswer({
        id,
        value: result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [client, id, version]);

  useArchiveEvent((event) => {
    if (event.type === 'library-changed') setVersion((v) => v + 1);
  });

  const after = useCallback(
    async (call: Promise<Result<Entity>>): Promise<Result<Entity>> => {
      const result = await call;
      if (result.ok) {
        setVersion((v) => v + 1);
        onChanged();
      }
      return result;
    },
    [onChanged],
  );
  const update = useCallback(
    (changes: Omit<ApiRequest<'updateEntity'>, 'id'>) => after(client.updateEntity({ id, ...changes })),
    [after, client, id],
  );
  const mergeInto = useCallback(
    (targetId: EntityId) => after(client.mergeEntities({ sourceId: id, targetId })),
    [after, client, id],
  );
  const split = useCallback(
    (mergedId: EntityId) => after(client.splitEntity({ id, mergedId })),
    [after, client, id],
  );
  const page: Loadable<EntityPage> = answer?.id === id ? answer.value : { state: 'loading' };
  return { page, actions: { update, mergeInto, split } };
}
