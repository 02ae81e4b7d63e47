import type { ReactNode } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import type { ArticleEntitiesState } from '../hooks/use-article-entities.ts';
import { MentionList } from './mention-list.tsx';
import { SuggestionItem } from './suggestion-item.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly state: ArticleEntitiesState;
  readonly highlight: boolean;
  readonly onHighlight: (on: boolean) => void;
  readonly onOpenEntity: (id: EntityId) => void;
}

/** The open article's entities: confirmed ones by type, open suggestions to accept or reject, and what a re-clean lost. */
export function EntityPanel({ articleId, state, highlight, onHighlight, onOpenEntity }: Props): ReactNode {
  const client = useClient();
  const { entities, error, busy, change } = state;
  const placed: EntityMentionView[] = [];
  const unplaced: EntityMentionView[] = [];
  for (const mention of entities?.mentions ?? []) (mention.unplaced ? unplaced : placed).push(mention);
  const suggestions = entities?.suggestions ?? [];
  return (
    <section className="entity-panel" aria-label="Entities in this article" aria-busy={busy}>
      <div className="entity-panel-head">
        <h2>Entities</h2>
        <label className="entity-toggle">
          <input
            type="checkbox"
            checked={highlight}
            onChange={(event) => {
              onHighlight(event.currentTarget.checked);
            }}
          />
          Highlight entities
        </label>
      </div>
      {error === null ? null : (
        <div className="notice error" role="alert">
          {describeError(error)}
        </div>
      )}
      {entities === null && error === null ? <p className="entity-empty">Loading entities…</p> : null}
      {entities !== null && placed.length === 0 && unplaced.length === 0 && suggestions.length === 0 ? (
        <p className="entity-empty">
          No entities yet — select text and press <kbd>T</kbd> to tag one.
        </p>
      ) : null}
      <MentionList mentions={placed} onOpenEntity={onOpenEntity} />
      {unplaced.length === 0 ? null : (
        <div className="entity-group">
          <h3>Could not be placed after re-cleaning</h3>
          <ul className="entity-list">
            {unplaced.map((mention) => (
              <li key={mention.id} className="entity-unplaced">
                <span className="entity-name">{mention.text}</span>
                <span className="entity-meta">{mention.name}</span>
                <button
                  type="button"
                  className="button quiet"
                  disabled={busy}
                  aria-label={`Remove the mention ${mention.text}`}
                  onClick={() => void change(() => client.removeMention({ mentionId: mention.id }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {suggestions.length === 0 ? null : (
        <div className="entity-group">
          <div className="entity-group-head">
            <h3>
              Suggested <span className="entity-count">{suggestions.length}</span>
            </h3>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void change(() => client.acceptAllSuggestions({ articleId }))}
            >
              Accept all
            </button>
          </div>
          <ul className="entity-list">
            {suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.name}
                suggestion={suggestion}
                busy={busy}
                onAccept={() =>
                  void change(() =>
                    client.acceptSuggestion({ articleId, name: suggestion.name, type: suggestion.type }),
                  )
                }
                onReject={(never) =>
                  void change(() => client.rejectSuggestion({ articleId, name: suggestion.name, never }))
                }
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
