import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { LinkTypeInfo } from '../../main/shared/link-types.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import type { LinkDraft, LinkOutcome } from '../hooks/use-links-reader.ts';
import { LinkPicker } from './link-picker.tsx';
import { LinkTypeField } from './link-type-field.tsx';
import { linkNoteMaxLength } from './link-words.ts';

interface Props {
  readonly articleId: ArticleId;
  readonly draft: LinkDraft;
  readonly types: readonly LinkTypeInfo[];
  /** Called once the dialog has closed (so the focus is back where it was), saying how. */
  readonly onClose: (outcome: LinkOutcome) => void;
}

/** "Link to…": the other article (picked, or given by a suggestion), the link's type and an optional note. */
export function LinkDialog({ articleId, draft, types, onClose }: Props): ReactNode {
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<ArticleSummary | null>(draft.target);
  const [type, setType] = useState('related');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // A modal <dialog> keeps focus inside and answers Escape; focus returns to the reader when it closes.
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
    };
  }, []);

  const finish = (outcome: LinkOutcome): void => {
    // Closed before the reader hears of it: the browser hands the focus back to where the dialog was
    // opened from, and what the reader does next starts from there.
    dialog.current?.close();
    onClose(outcome);
  };

  const save = async (): Promise<void> => {
    if (target === null || type === '') return;
    setBusy(true);
    const result = await client.addArticleLink({
      sourceId: articleId,
      targetId: target.id,
      type,
      note,
      madeBy: draft.madeBy,
    });
    setBusy(false);
    if (result.ok) finish('saved');
    else setError(result.error);
  };

  return (
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-label="Link to another article"
      onKeyDown={(event) => {
        // Keys typed in the dialog are not the window's shortcuts.
        event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        finish('cancelled');
      }}
    >
      <h2>{draft.madeBy === 'suggestion' ? 'Link the suggested article' : 'Link to another article'}</h2>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <LinkPicker
          articleId={articleId}
          chosen={target}
          onChoose={(article) => {
            setTarget(article);
            setError(null);
            // The clicked match leaves the page: without this, focus falls out of the dialog to the body.
            if (article !== null) dialog.current?.querySelector<HTMLSelectElement>('#link-type')?.focus();
          }}
        />
        <div className="link-field">
          <LinkTypeField
            id="link-type"
            label="Type"
            types={types}
            value={type}
            otherTitle={target === null ? null : target.title}
            onChange={(next) => {
              setType(next);
              setError(null);
            }}
          />
        </div>
        <div className="link-field">
          <label htmlFor="link-note" className="link-field-label">
            Note (optional)
          </label>
          <textarea
            id="link-note"
            rows={3}
            value={note}
            maxLength={linkNoteMaxLength}
            onChange={(event) => {
              setNote(event.currentTarget.value);
            }}
          />
        </div>
        {error === null ? null : (
          <div className="notice error" role="alert">
            {describeError(error)}
          </div>
        )}
        <div className="link-buttons">
          <button
            type="button"
            className="button quiet"
            onClick={() => {
              finish('cancelled');
            }}
          >
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || target === null || type === ''}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
