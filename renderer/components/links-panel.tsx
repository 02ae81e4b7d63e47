import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { LinkedArticle } from '../../main/shared/link-types.ts';
import { describeError } from '../api/error-messages.ts';
import type { LinksReader } from '../hooks/use-links-reader.ts';
import { LinkDialog } from './link-dialog.tsx';
import { LinkItem } from './link-item.tsx';
import type { LinkSide } from './link-words.ts';
import { RelatedSuggestions } from './related-suggestions.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly reader: LinksReader;
  readonly onOpen: (id: ArticleId) => void;
}

/** The open article's links both ways, "Link to…", the undo of a removal, and related-story suggestions. */
export function LinksPanel({ articleId, reader, onOpen }: Props): ReactNode {
  const { state, draft, startLinking, stopLinking } = reader;
  const { links, error, removed } = state;
  const types = links?.types ?? [];
  const list = (heading: string, side: LinkSide, items: readonly LinkedArticle[]): ReactNode =>
    items.length === 0 ? null : (
      <div className="link-group">
        <h3>{heading}</h3>
        <ul className="link-list" aria-label={heading}>
          {items.map((linked) => (
            <LinkItem
              key={linked.link.id}
              linked={linked}
              side={side}
              types={types}
              state={state}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </div>
    );
  return (
    <section className="links-panel" aria-label="Links of this article">
      <div className="links-panel-head">
        <h2>Links</h2>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="L"
          onClick={() => {
            startLinking({ target: null, madeBy: 'person' });
          }}
        >
          Link to… <kbd>L</kbd>
        </button>
      </div>
      {error === null ? null : (
        <div className="notice error" role="alert">
          {describeError(error)}
        </div>
      )}
      {removed === null ? null : (
        <div className="undo-toast" role="status">
          <span>Link removed</span>
          {' · '}
          <button type="button" className="link-button" onClick={() => void state.undoRemove()}>
            Undo
          </button>
          <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={state.dismissUndo}>
            ×
          </button>
        </div>
      )}
      {links === null && error === null ? <p className="link-empty">Loading links…</p> : null}
      {links !== null && links.outgoing.length === 0 && links.incoming.length === 0 ? (
        <p className="link-empty">
          No links yet. Link this article to others that tell the same story — a follow-up, the background, a
          reply or a contradiction — and each side shows the link. Press <kbd>L</kbd> or accept a suggestion
          below.
        </p>
      ) : null}
      {links === null ? null : list('Links to', 'outgoing', links.outgoing)}
      {links === null ? null : list('Linked from', 'incoming', links.incoming)}
      <RelatedSuggestions
        articleId={articleId}
        onOpen={onOpen}
        onLink={startLinking}
        linked={links === null ? 0 : links.outgoing.length + links.incoming.length}
      />
      {draft === null ? null : (
        <LinkDialog
          key={draft.target?.id ?? 0}
          articleId={articleId}
          draft={draft}
          types={types}
          onClose={stopLinking}
        />
      )}
    </section>
  );
}
