import { useCallback, useState } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import type { ThreadName } from '../../main/shared/thread-types.ts';
import { useClient } from '../api/client-context.ts';
import { useUndoOffer } from './use-undo-offer.ts';

/** Removing a thread's name, and the undo offered after it. */
export interface ThreadNameRemoval {
  /** The name just removed, while its undo is offered. */
  readonly removed: ThreadName | null;
  readonly error: ApiError | null;
  readonly remove: (name: ThreadName) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly dropUndo: () => void;
}

/** Removes a thread's name (the thread itself is its links and stays); Undo names it again. */
export function useThreadNameRemoval(): ThreadNameRemoval {
  const client = useClient();
  const [error, setError] = useState<ApiError | null>(null);
  const offer = useUndoOffer<ThreadName>();
  const { offer: offerUndo } = offer;

  const remove = useCallback(
    async (name: ThreadName) => {
      const result = await client.deleteThreadName({ threadId: name.id });
      setError(result.ok ? null : result.error);
      if (result.ok) offerUndo(result.value.deleted);
    },
    [client, offerUndo],
  );

  // Named again at the same anchor article: it is the name the thread had (a new id, the same text).
  const undo = useCallback(async () => {
    const name = offer.take();
    if (name === null) return;
    const result = await client.nameThread({ id: name.anchorId, name: name.name });
    setError(result.ok ? null : result.error);
  }, [client, offer]);

  return { removed: offer.offered, error, remove, undo, dropUndo: offer.drop };
}
