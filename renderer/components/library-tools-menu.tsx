import { useRef, type ReactNode } from 'react';
import type { RecleanControls } from '../hooks/use-reclean.ts';
import { useSuggestAll } from '../hooks/use-suggest-all.ts';
import { LinkExports } from './link-exports.tsx';
import { SuggestAllStatus } from './suggest-all-status.tsx';

/**
 * Rarely needed library-wide actions, folded away under the list: re-cleaning every article from
 * its original (restored blocks and switched-off rules apply again), e.g. after a cleaner fix; and
 * suggesting entities again for every article, in the background; exporting every link between articles.
 */
export function LibraryToolsMenu({ reclean }: { readonly reclean: RecleanControls }): ReactNode {
  const menu = useRef<HTMLDetailsElement>(null);
  const busy = reclean.state.phase === 'preparing' || reclean.state.phase === 'running';
  const suggestAll = useSuggestAll();
  return (
    <>
      <details className="library-tools" ref={menu}>
        <summary>Library tools</summary>
        <button
          type="button"
          className="button quiet"
          title="Clean every article again from its saved original, keeping the blocks you restored"
          disabled={busy}
          onClick={() => {
            reclean.start('all');
            if (menu.current !== null) menu.current.open = false;
          }}
        >
          Re-clean all articles
        </button>
        <button
          type="button"
          className="button quiet"
          title="Run the entity suggester again over every article, in the background"
          disabled={suggestAll.state.phase === 'running'}
          onClick={() => {
            suggestAll.start();
            if (menu.current !== null) menu.current.open = false;
          }}
        >
          Suggest entities for all articles
        </button>
        <LinkExports
          onDone={() => {
            if (menu.current !== null) menu.current.open = false;
          }}
        />
      </details>
      <SuggestAllStatus state={suggestAll.state} />
    </>
  );
}
