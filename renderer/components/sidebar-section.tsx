import type { ReactNode } from 'react';

interface Props {
  /** The section's class (its own styles) and accessible name. */
  readonly className: string;
  readonly label: string;
  /** The toggle's text, counts included. */
  readonly title: string;
  /** Kept by the owner, whose own content depends on it too. */
  readonly expanded: boolean;
  readonly onToggle: (expanded: boolean) => void;
  /** Buttons beside the toggle. */
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}

/** A collapsible sidebar section: a toggle with its title and actions, then the owner's content. */
export function SidebarSection(props: Props): ReactNode {
  const { expanded, onToggle } = props;
  return (
    <section className={props.className} aria-label={props.label}>
      <div className="saved-head">
        <button
          type="button"
          className="saved-toggle"
          aria-expanded={expanded}
          onClick={() => {
            onToggle(!expanded);
          }}
        >
          {props.title}
        </button>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}
