import { useState, type ReactNode } from 'react';
import { entityTypeNames, isBuiltInType } from './entity-type-names.ts';

interface Props {
  /** The select's id (its label points at it). */
  readonly id: string;
  /** The chosen type: a built-in one, a user-defined name, or '' while a new name is empty. */
  readonly type: string;
  readonly onType: (type: string) => void;
}

/** An entity type: one of the built-in types, or a new one typed in (lowercased). */
export function EntityTypeField({ id, type, onType }: Props): ReactNode {
  const [custom, setCustom] = useState(!isBuiltInType(type));
  return (
    <div className="tag-field">
      <label htmlFor={id}>Type</label>
      <select
        id={id}
        value={custom ? 'new' : type}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setCustom(value === 'new');
          onType(value === 'new' ? '' : value);
        }}
      >
        {entityTypeNames.map((name) => (
          <option key={name} value={name}>
            {name.charAt(0).toUpperCase() + name.slice(1)}
          </option>
        ))}
        <option value="new">New type…</option>
      </select>
      {custom ? (
        <input
          aria-label="New type"
          value={type}
          maxLength={32}
          placeholder="e.g. ship"
          onChange={(event) => {
            onType(event.currentTarget.value.toLowerCase());
          }}
        />
      ) : null}
    </div>
  );
}
