import { useState, type ReactNode } from 'react';
import type { Entity } from '../../main/shared/entity-types.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { describeError } from '../api/error-messages.ts';
import type { EntityPageActions } from '../hooks/use-entity-page.ts';
import { AliasListEditor } from './alias-list-editor.tsx';
import { entityTypeNames, isBuiltInType as isBuiltIn } from './entity-type-names.ts';

interface Props {
  readonly entity: Entity;
  readonly onSave: EntityPageActions['update'];
  readonly onDone: () => void;
}

const customType = '__custom';
const defaultColour = '#8a3b12';

/** Edits an entity's name, type (built-in or custom), aliases, note and colour; Escape cancels. */
export function EntityEditor({ entity, onSave, onDone }: Props): ReactNode {
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState(isBuiltIn(entity.type) ? entity.type : customType);
  const [custom, setCustom] = useState(isBuiltIn(entity.type) ? '' : entity.type);
  const [aliases, setAliases] = useState<readonly string[]>(entity.aliases);
  const [note, setNote] = useState(entity.note ?? '');
  const [colour, setColour] = useState(entity.colour);
  const [error, setError] = useState<ApiError | null>(null);

  const chosenType = type === customType ? custom.trim().toLowerCase() : type;
  const save = (): void => {
    const trimmedNote = note.trim();
    void onSave({
      ...(name.trim() === entity.name ? {} : { name: name.trim() }),
      ...(chosenType === entity.type ? {} : { type: chosenType }),
      ...(trimmedNote === (entity.note ?? '') ? {} : { note: trimmedNote === '' ? null : trimmedNote }),
      ...(colour === entity.colour ? {} : { colour }),
      ...(aliases.join('\n') === entity.aliases.join('\n') ? {} : { aliases: [...aliases] }),
    }).then((result) => {
      if (result.ok) onDone();
      else setError(result.error);
    });
  };

  return (
    <form
      className="entity-editor"
      aria-label="Edit entity"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onDone();
      }}
    >
      <label>
        Name
        <input
          value={name}
          maxLength={200}
          required
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
      <label>
        Type
        <select
          value={type}
          onChange={(event) => {
            setType(event.target.value);
          }}
        >
          {entityTypeNames.map((builtIn) => (
            <option key={builtIn} value={builtIn}>
              {builtIn}
            </option>
          ))}
          <option value={customType}>Custom…</option>
        </select>
      </label>
      {type === customType ? (
        <label>
          Custom type
          <input
            value={custom}
            maxLength={32}
            required
            onChange={(event) => {
              setCustom(event.target.value);
            }}
          />
        </label>
      ) : null}
      <AliasListEditor aliases={aliases} onChange={setAliases} />
      <label>
        Note
        <textarea
          value={note}
          rows={3}
          maxLength={10_000}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
      </label>
      <div className="entity-colour">
        <label>
          Colour
          <input
            type="color"
            value={colour ?? defaultColour}
            onChange={(event) => {
              setColour(event.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="button quiet"
          disabled={colour === null}
          onClick={() => {
            setColour(null);
          }}
        >
          Use the type's colour
        </button>
      </div>
      <div className="entity-form-actions">
        <button type="submit" className="button primary" disabled={name.trim() === '' || chosenType === ''}>
          Save
        </button>
        <button type="button" className="button quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
    </form>
  );
}
