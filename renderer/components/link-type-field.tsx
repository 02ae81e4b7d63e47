import { useState, type ReactNode } from 'react';
import type { LinkTypeInfo } from '../../main/shared/link-types.ts';
import { linkTypeChoices, linkTypeLabel, linkTypeMaxLength, readsAs, type LinkSide } from './link-words.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly types: readonly LinkTypeInfo[];
  /** The chosen type; '' while "Other…" has no name yet. */
  readonly value: string;
  readonly onChange: (type: string) => void;
  /** Which way the labels read: an incoming link is retyped in its own words ("Followed up by"). */
  readonly side?: LinkSide;
  /** The other article's title, for the sentence a type of one's own makes (null: none picked yet). */
  readonly otherTitle?: string | null;
}

const other = '\u0000other';

/** A link type: the built-in ones, the user's types in use, or "Other…" with a name of one's own. */
export function LinkTypeField({
  id,
  label,
  types,
  value,
  onChange,
  side = 'outgoing',
  otherTitle = null,
}: Props): ReactNode {
  const choices = linkTypeChoices(types, value === '' ? undefined : value);
  const [typing, setTyping] = useState(value === '');
  const [custom, setCustom] = useState('');
  return (
    <span className="link-type-field">
      <label htmlFor={id} className="link-field-label">
        {label}
      </label>
      <select
        id={id}
        value={typing ? other : value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          setTyping(chosen === other);
          onChange(chosen === other ? custom.trim() : chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.type} value={choice.type}>
            {linkTypeLabel(choice.type, side, choices)}
          </option>
        ))}
        <option value={other}>Other…</option>
      </select>
      {typing ? (
        <input
          aria-label="Name of the link type"
          aria-describedby={`${id}-reads`}
          value={custom}
          maxLength={linkTypeMaxLength}
          placeholder="e.g. cites"
          onChange={(event) => {
            setCustom(event.currentTarget.value);
            onChange(event.currentTarget.value.trim());
          }}
        />
      ) : null}
      {typing ? (
        <span id={`${id}-reads`} className="link-type-reads">
          {readsAs(custom.trim(), side, otherTitle)}
        </span>
      ) : null}
    </span>
  );
}
