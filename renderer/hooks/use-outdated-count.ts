import { useEffect, useState } from 'react';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** How many articles an older cleaner produced; 0 until known, refreshed whenever the library changes. */
export function useOutdatedCount(): number {
  const client = useClient();
  const [count, setCount] = useState(0);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void client.getLibraryInfo({}).then((result) => {
      if (current && result.ok) setCount(result.value.outdatedCount);
    });
    return () => {
      current = false;
    };
  }, [client, version]);

  useArchiveEvent((event) => {
    // Imports add current-version articles and re-cleans update old ones; both change the count.
    if (event.type === 'library-changed' || event.type === 'import-finished') setVersion((v) => v + 1);
  });

  return count;
}
