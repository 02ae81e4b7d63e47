import { createContext, useContext } from 'react';
import type { ArchiveClient } from './archive-client.ts';

/** The archive client, provided once at the root. */
export const ClientContext = createContext<ArchiveClient | null>(null);

/** The archive client of this window. */
export function useClient(): ArchiveClient {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient outside <ClientContext>');
  return client;
}
