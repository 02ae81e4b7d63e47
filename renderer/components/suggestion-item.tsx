import type { ReactNode } from 'react';
import type { EntitySuggestionView } from '../../main/shared/entity-types.ts';
import { mentionCount } from './entity-words.ts';
import { entityColour } from './mark-entities.ts';

interface Props {
  readonly suggestion: EntitySuggestionView;
  readonly busy: boolean;
  readonly onAccept: () => void;
  readonly onReject: (never: boolean) => void;
}

/** One suggested entity, dashed and labelled until a person accepts or rejects it. */
export function SuggestionItem({ suggestion, busy, onAccept, onReject }: Props): ReactNode {
  const { name, type, mentions } = suggestion;
  return (
    <li className="entity-suggestion" aria-label={`Suggested: ${name}`}>
      <span className="entity-swatch" style={{ borderColor: entityColour(type, null) }} aria-hidden="true" />
      <span className="entity-name">{name}</span>
      <span className="entity-meta">
        <span className="suggested-label">suggested</span> {type} · {mentionCount(mentions.length)}
      </span>
      <span className="entity-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={`Accept ${name}`}
          onClick={onAccept}
        >
          Accept
        </button>
        <button
          type="button"
          className="button quiet"
          disabled={busy}
          aria-label={`Reject ${name}`}
          onClick={() => {
            onReject(false);
          }}
        >
          Reject
        </button>
        <button
          type="button"
          className="button quiet"
          disabled={busy}
          aria-label={`Never suggest ${name}`}
          onClick={() => {
            onReject(true);
          }}
        >
          Never suggest
        </button>
      </span>
    </li>
  );
}
