import { useEffect, useRef, useState } from 'react';
import type { LibraryHealth } from '../../main/shared/health-types.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** The start-up integrity check's latest result; null until the first answer. */
export function useLibraryHealth(): LibraryHealth | null {
  const client = useClient();
  const [health, setHealth] = useState<LibraryHealth | null>(null);
  // An event is newer than any answer still on its way, so a late answer must not replace it.
  const heardEvent = useRef(false);

  useEffect(() => {
    let current = true;
    void client.getLibraryHealth({}).then((result) => {
      if (current && result.ok && !heardEvent.current) setHealth(result.value);
    });
    return () => {
      current = false;
    };
  }, [client]);

  useArchiveEvent((event) => {
    if (event.type !== 'library-health') return;
    heardEvent.current = true;
    setHealth(event.health);
  });

  return health;
}
