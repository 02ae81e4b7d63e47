import { useEffect, useEffectEvent } from 'react';
import type { ArchiveEvent } from '../../main/shared/api.ts';
import { useClient } from '../api/client-context.ts';

/** Calls `handler` (always the latest one) for every event from the archive. */
export function useArchiveEvent(handler: (event: ArchiveEvent) => void): void {
  const client = useClient();
  const onEvent = useEffectEvent(handler);
  useEffect(
    () =>
      client.onEvent((event) => {
        onEvent(event);
      }),
    [client],
  );
}
