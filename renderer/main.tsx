import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { ClientContext } from './api/client-context.ts';
import { createClient } from './api/create-client.ts';
import { MissingToken } from './components/missing-token.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

// The transport is chosen once, here, before anything renders.
const created = createClient();

createRoot(root).render(
  <StrictMode>
    {'client' in created ? (
      <ClientContext value={created.client}>
        <App />
      </ClientContext>
    ) : (
      <MissingToken />
    )}
  </StrictMode>,
);
