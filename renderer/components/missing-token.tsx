import type { ReactNode } from 'react';

/** A browser tab opened without the token of `dossier serve`. */
export function MissingToken(): ReactNode {
  return (
    <div className="fatal" role="alert">
      <p>
        This page needs the address printed by <code>dossier serve</code> (it carries a one-time token). Open
        that link again.
      </p>
    </div>
  );
}
