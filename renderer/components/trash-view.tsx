import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useTrashList } from '../hooks/use-trash-list.ts';
import { ConfirmForeverDialog } from './confirm-forever-dialog.tsx';
import { formatDate } from './format-date.ts';

/** What "Delete forever" is about to delete: some articles, or the whole Trash. */
type Pending = { readonly ids: readonly ArticleId[] } | { readonly all: true; readonly count: number };

/** The Trash: deleted articles, each restorable or deletable for good; Empty Trash asks first. */
export function TrashView({ onClose }: { readonly onClose: () => void }): ReactNode {
  const trash = useTrashList();
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = (): void => {
    if (pending === null) return;
    void trash.deleteForever('all' in pending ? undefined : pending.ids);
    setPending(null);
  };

  return (
    <section className="trash-view" aria-labelledby="trash-title">
      <header className="trash-head">
        <h2 id="trash-title">Trash</h2>
        <button
          type="button"
          className="button danger"
          disabled={trash.items.length === 0}
          onClick={() => {
            setPending({ all: true, count: trash.items.length });
          }}
        >
          Empty Trash…
        </button>
        <button type="button" className="button quiet" onClick={onClose}>
          Close
        </button>
      </header>
      {trash.error !== null ? (
        <p className="notice error" role="alert">
          {describeError(trash.error)}
        </p>
      ) : null}
      {pending !== null ? (
        <ConfirmForeverDialog
          count={'all' in pending ? pending.count : pending.ids.length}
          onConfirm={confirm}
          onCancel={() => {
            setPending(null);
          }}
        />
      ) : null}
      {trash.loading ? null : trash.items.length === 0 ? (
        <p className="trash-empty">
          The Trash is empty. Deleted articles wait here until you delete them forever.
        </p>
      ) : (
        <ul className="trash-list" aria-label="Trashed articles">
          {trash.items.map((item) => (
            <li key={item.id} className="trash-item">
              <div className="trash-item-text">
                <span className="trash-title">{item.title}</span>
                <span className="trash-meta">
                  {[item.siteName, `Deleted ${formatDate(item.trashedAt) ?? ''}`].filter(Boolean).join(' · ')}
                </span>
              </div>
              <button
                type="button"
                className="button"
                aria-label={`Restore ${item.title}`}
                onClick={() => void trash.restore([item.id])}
              >
                Restore
              </button>
              <button
                type="button"
                className="button quiet"
                aria-label={`Delete ${item.title} forever`}
                onClick={() => {
                  setPending({ ids: [item.id] });
                }}
              >
                Delete forever…
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
