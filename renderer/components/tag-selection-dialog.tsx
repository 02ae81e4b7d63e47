import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import type { ArticleEntitiesState } from '../hooks/use-article-entities.ts';
import { EntityPicker } from './entity-picker.tsx';
import type { TextSelection } from './selection-offsets.ts';
import { TagEverywhere } from './tag-everywhere.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly selection: TextSelection;
  readonly state: ArticleEntitiesState;
  readonly onClose: () => void;
}

/** "Tag as entity": name and type (or an existing entity) for the selected words, then an offer to tag the same name elsewhere. */
export function TagSelectionDialog({ articleId, selection, state, onClose }: Props): ReactNode {
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(selection.text.replace(/\s+/g, ' '));
  const [type, setType] = useState('person');
  const [customType, setCustomType] = useState('');
  const [existing, setExisting] = useState<{ id: EntityId; name: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tagged, setTagged] = useState<EntityId | null>(null);

  // A modal <dialog> keeps focus inside and answers Escape; focus returns to the reader when it closes.
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
    };
  }, []);

  const chosenType = type === 'new' ? customType.trim().toLowerCase() : type;
  const submit = async (): Promise<void> => {
    const { start, end, text } = selection;
    const entity = existing === null ? { name: name.trim(), type: chosenType } : { id: existing.id };
    const result = await state.change(() => client.tagMention({ articleId, start, end, text, entity }));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const mention = result.value.mentions.find((m) => m.start === start && m.end === end);
    if (mention === undefined) {
      onClose();
      return;
    }
    setTagged(mention.entityId);
  };

  return (
    <dialog
      ref={dialog}
      className="tag-dialog"
      aria-label="Tag as entity"
      onKeyDown={(event) => {
        // Keys typed in the dialog are not the window's shortcuts (Escape would also clear the search).
        event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2>Tag as entity</h2>
      <p className="tag-selection">“{selection.text}”</p>
      {tagged === null ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <EntityPicker name={name} existing={existing} onName={setName} onExisting={setExisting} />
          {existing === null ? (
            <div className="tag-field">
              <label htmlFor="tag-type">Type</label>
              <select
                id="tag-type"
                value={type}
                onChange={(event) => {
                  setType(event.currentTarget.value);
                }}
              >
                <option value="person">Person</option>
                <option value="organisation">Organisation</option>
                <option value="place">Place</option>
                <option value="event">Event</option>
                <option value="other">Other</option>
                <option value="new">New type…</option>
              </select>
              {type === 'new' ? (
                <input
                  aria-label="New type"
                  value={customType}
                  maxLength={32}
                  placeholder="e.g. ship"
                  onChange={(event) => {
                    setCustomType(event.currentTarget.value);
                  }}
                />
              ) : null}
            </div>
          ) : null}
          {error === null ? null : (
            <div className="notice error" role="alert">
              {describeError(error)}
            </div>
          )}
          <div className="tag-buttons">
            <button type="button" className="button quiet" onClick={onClose}>
              Cancel
            </button>
            <button
              type="submit"
              className="button primary"
              disabled={state.busy || (existing === null && (name.trim() === '' || chosenType === ''))}
            >
              Tag
            </button>
          </div>
        </form>
      ) : (
        <TagEverywhere articleId={articleId} entityId={tagged} state={state} onDone={onClose} />
      )}
    </dialog>
  );
}
