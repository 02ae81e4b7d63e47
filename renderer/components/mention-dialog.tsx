import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import type { ArticleEntitiesState } from '../hooks/use-article-entities.ts';
import type { MentionFixes } from '../hooks/use-mention-fixes.ts';
import { EntityPicker } from './entity-picker.tsx';
import { EntityTypeField } from './entity-type-field.tsx';

interface Props {
  readonly mention: EntityMentionView;
  readonly fixes: MentionFixes;
  readonly state: ArticleEntitiesState;
  readonly onOpenEntity: (id: EntityId) => void;
}

/** What can be done with a confirmed mention: open its entity, remove it (or all of them here), or link it to another entity. */
export function MentionDialog({ mention, fixes, state, onOpenEntity }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const [another, setAnother] = useState(false);
  const [name, setName] = useState(mention.text.replace(/\s+/g, ' '));
  const [type, setType] = useState(mention.type);
  const [existing, setExisting] = useState<{ id: EntityId; name: string } | null>(null);
  const count = (state.entities?.mentions ?? []).filter(
    (m) => m.entityId === mention.entityId && !m.unplaced,
  ).length;

  // A modal <dialog> keeps focus inside and answers Escape; focus returns to the reader when it closes.
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
    };
  }, []);

  const entity = existing === null ? { name: name.trim(), type: type.trim() } : { id: existing.id };
  return (
    <dialog
      ref={dialog}
      className="tag-dialog"
      aria-label={`Mention of ${mention.name}`}
      onKeyDown={(event) => {
        // Keys typed in the dialog are not the window's shortcuts.
        event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        fixes.close();
      }}
    >
      <h2>
        {mention.name} <span className="entity-meta">({mention.type})</span>
      </h2>
      <p className="tag-selection">“{mention.text}”</p>
      {state.error === null ? null : (
        <div className="notice error" role="alert">
          {describeError(state.error)}
        </div>
      )}
      {another ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void fixes.move(entity);
          }}
        >
          <EntityPicker name={name} existing={existing} onName={setName} onExisting={setExisting} />
          {existing === null ? <EntityTypeField id="move-type" type={type} onType={setType} /> : null}
          <div className="tag-buttons">
            <button type="button" className="button quiet" onClick={fixes.close}>
              Cancel
            </button>
            <button
              type="submit"
              className="button primary"
              disabled={state.busy || ('name' in entity && (entity.name === '' || entity.type === ''))}
            >
              Link to this entity
            </button>
          </div>
        </form>
      ) : (
        <div className="mention-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              fixes.close();
              onOpenEntity(mention.entityId);
            }}
          >
            Open entity page
          </button>
          <button
            type="button"
            className="button"
            disabled={state.busy}
            onClick={() => void fixes.remove(false)}
          >
            Remove this mention
          </button>
          {count > 1 ? (
            <button
              type="button"
              className="button"
              disabled={state.busy}
              onClick={() => void fixes.remove(true)}
            >
              Remove all {count} mentions of {mention.name} in this article
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnother(true);
            }}
          >
            This is another entity…
          </button>
          <button type="button" className="button quiet" onClick={fixes.close}>
            Cancel
          </button>
        </div>
      )}
    </dialog>
  );
}
