import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { LinkedArticle, LinkTypeInfo } from '../../main/shared/link-types.ts';
import type { ArticleLinksState } from '../hooks/use-article-links.ts';
import { ArticleTitleLink } from './article-title-link.tsx';
import { LinkTypeField } from './link-type-field.tsx';
import { linkNoteMaxLength, linkTypeLabel, type LinkSide } from './link-words.ts';

interface Props {
  readonly linked: LinkedArticle;
  readonly side: LinkSide;
  readonly types: readonly LinkTypeInfo[];
  readonly state: ArticleLinksState;
  readonly onOpen: (id: ArticleId) => void;
}

/** One link seen from the open article: its type, the other article (click opens it) and note; edit or remove. */
export function LinkItem({ linked, side, types, state, onOpen }: Props): ReactNode {
  const { link, article } = linked;
  const title = article.title || 'Untitled';
  const [editing, setEditing] = useState(false);
  const [type, setType] = useState(link.type);
  const [note, setNote] = useState(link.note ?? '');

  const startEditing = (): void => {
    setType(link.type);
    setNote(link.note ?? '');
    setEditing(true);
  };
  const save = async (): Promise<void> => {
    if (await state.update(link.id, { type, note })) setEditing(false);
  };

  return (
    <li className="link-item" aria-label={`${linkTypeLabel(link.type, side, types)}: ${title}`}>
      <span className="link-type">{linkTypeLabel(link.type, side, types)}</span>
      <ArticleTitleLink
        article={article}
        onOpen={onOpen}
        note={link.madeBy === 'suggestion' ? ' · from a suggestion' : ''}
      />
      {editing ? (
        <form
          className="link-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <LinkTypeField
            id={`link-type-${link.id}`}
            label="Type"
            types={types}
            value={type}
            side={side}
            otherTitle={title}
            onChange={setType}
          />
          <textarea
            aria-label="Note"
            rows={2}
            value={note}
            maxLength={linkNoteMaxLength}
            onChange={(event) => {
              setNote(event.currentTarget.value);
            }}
          />
          <span className="link-buttons">
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                setEditing(false);
              }}
            >
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={type === ''}>
              Save
            </button>
          </span>
        </form>
      ) : (
        <>
          {link.note === null ? null : <p className="link-note">{link.note}</p>}
          <span className="link-actions">
            <button
              type="button"
              className="button quiet"
              aria-label={`Edit the link to ${title}`}
              onClick={startEditing}
            >
              Edit
            </button>
            <button
              type="button"
              className="button quiet"
              aria-label={`Remove the link to ${title}`}
              onClick={() => void state.remove(link.id)}
            >
              Remove
            </button>
          </span>
        </>
      )}
    </li>
  );
}
