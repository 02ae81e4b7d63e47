import { useState, type ReactNode } from 'react';

interface Props {
  readonly aliases: readonly string[];
  readonly onChange: (aliases: readonly string[]) => void;
}

/** The aliases of an entity being edited: each removable, new ones added with Enter or "Add alias". */
export function AliasListEditor({ aliases, onChange }: Props): ReactNode {
  const [alias, setAlias] = useState('');
  const addAlias = (): void => {
    const added = alias.trim();
    if (added !== '' && !aliases.includes(added)) onChange([...aliases, added]);
    setAlias('');
  };
  return (
    <fieldset className="entity-aliases">
      <legend>Aliases</legend>
      <ul>
        {aliases.map((existing) => (
          <li key={existing}>
            {existing}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove alias ${existing}`}
              onClick={() => {
                onChange(aliases.filter((other) => other !== existing));
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label="New alias"
        value={alias}
        maxLength={200}
        onChange={(event) => {
          setAlias(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault(); // Enter adds the alias rather than saving the whole form.
          addAlias();
        }}
      />
      <button type="button" className="button quiet" onClick={addAlias}>
        Add alias
      </button>
    </fieldset>
  );
}
