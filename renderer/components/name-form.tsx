import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError, Result } from '../../main/shared/result.ts';
import { describeError } from '../api/error-messages.ts';

interface Props {
  readonly label: string;
  readonly initial: string;
  readonly submitText: string;
  /** Resolves with the outcome; a failure keeps the form open with its explanation. */
  readonly onSubmit: (name: string) => Promise<Result<unknown>>;
  readonly onDone: () => void;
}

/** The maximum length of a saved search's name (the API's limit). */
export const maxNameLength = 80;

/** A one-line name field with Save/Cancel: Enter submits, Escape cancels. */
export function NameForm({ label, initial, submitText, onSubmit, onDone }: Props): ReactNode {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const trimmed = name.trim();
  const field = useRef<HTMLInputElement>(null);
  // The form opens on a user's request (a click or Ctrl+S), so taking focus is expected. The prefilled
  // name (the query, the old name) is selected once, on opening: typing replaces it, as in a rename,
  // while a later click into the field places the caret to mend one letter.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <form
      className="name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed === '') return;
        void onSubmit(trimmed).then((result) => {
          if (result.ok) onDone();
          else setError(result.error);
        });
      }}
    >
      <input
        aria-label={label}
        value={name}
        maxLength={maxNameLength}
        ref={field}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onDone();
        }}
      />
      <button type="submit" className="button quiet" disabled={trimmed === ''}>
        {submitText}
      </button>
      <button type="button" className="button quiet" onClick={onDone}>
        Cancel
      </button>
      {error === null ? null : (
        <p className="name-error" role="alert">
          {describeError(error)}
        </p>
      )}
    </form>
  );
}
