import type { ReactNode } from 'react';

/** One choice of a LabelledSelect: its value and the words shown for it. */
export interface SelectOption<T extends string> {
  readonly value: T;
  readonly text: string;
}

interface Props<T extends string> {
  /** The accessible name (the select has no visible label). */
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
}

/** A select of fixed options that hands back only one of their values, typed. */
export function LabelledSelect<T extends string>({ label, value, options, onChange }: Props<T>): ReactNode {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => {
        // Only a listed value comes back, so no cast is needed where the choice is used.
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen !== undefined) onChange(chosen.value);
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </select>
  );
}
