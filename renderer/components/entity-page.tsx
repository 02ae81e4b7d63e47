import { useState, type ReactNode } from 'react';
import type { Entity } from '../../main/shared/entity-types.ts';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useEntityPage } from '../hooks/use-entity-page.ts';
import { ConcordanceList } from './concordance-list.tsx';
import { CooccurringList } from './cooccurring-list.tsx';
import { EntityEditor } from './entity-editor.tsx';
import { EntityHeader } from './entity-header.tsx';
import { MentionTimeline } from './mention-timeline.tsx';
import { MergeDialog } from './merge-dialog.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';

interface Props {
  readonly entityId: EntityId;
  readonly onOpenArticle: (id: ArticleId) => void;
  readonly onOpenEntity: (id: EntityId) => void;
  /** Shows another entity instead of this one (after merging this one away). */
  readonly onReplace: (id: EntityId) => void;
  /** Back to the previous entity page or the article. */
  readonly onBack: () => void;
  /** Puts a query in the search box. */
  readonly onSearch: (query: string) => void;
  /** The registry changed (rename, merge, split): lists showing it reload. */
  readonly onChanged: () => void;
}

/** The last merge made from this page, offered for undo. */
interface LastMerge {
  readonly source: Entity;
  readonly target: Entity;
}

/** An entity's page: what it is, where it is mentioned (concordance), with whom, and when. */
export function EntityPage(props: Props): ReactNode {
  const { entityId, onOpenArticle, onOpenEntity, onChanged } = props;
  const { page, actions } = useEntityPage(entityId, onChanged);
  const [mode, setMode] = useState<'view' | 'edit' | 'merge'>('view');
  const [lastMerge, setLastMerge] = useState<LastMerge | null>(null);
  const shown = page.state === 'ready' ? page.value : null;

  const merge = async (source: Entity, target: Entity): ReturnType<typeof actions.mergeInto> => {
    const result = await actions.mergeInto(target.id);
    if (result.ok) {
      setMode('view');
      setLastMerge({ source, target: result.value });
      props.onReplace(result.value.id);
    }
    return result;
  };
  const split = (mergedId: EntityId): void => {
    void actions.split(mergedId).then((result) => {
      if (result.ok && lastMerge?.source.id === mergedId) setLastMerge(null);
    });
  };

  return (
    <section className="entity-page" aria-label={shown === null ? 'Entity' : `Entity: ${shown.entity.name}`}>
      <div className="reader-bar">
        <button type="button" className="button" title="Back (Alt+←, Escape)" onClick={props.onBack}>
          ← Back
        </button>
        {shown === null ? null : (
          <div className="entity-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                props.onSearch(`entity:"${shown.entity.name}"`);
              }}
            >
              Search articles
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={mode === 'edit'}
              onClick={() => {
                setMode(mode === 'edit' ? 'view' : 'edit');
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={mode === 'merge'}
              onClick={() => {
                setMode(mode === 'merge' ? 'view' : 'merge');
              }}
            >
              Merge into…
            </button>
          </div>
        )}
      </div>
      <div className="reader-scroll">
        {page.state === 'loading' ? (
          <ReaderSkeleton />
        ) : page.state === 'failed' ? (
          <div className="entity-column">
            <div className="notice error" role="alert">
              {describeError(page.error)}
            </div>
          </div>
        ) : (
          <div className="entity-column">
            {lastMerge !== null && lastMerge.target.id === entityId ? (
              <p className="saved-toast" role="status">
                Merged “{lastMerge.source.name}” into “{lastMerge.target.name}”.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    split(lastMerge.source.id);
                  }}
                >
                  Undo
                </button>
              </p>
            ) : null}
            <EntityHeader entity={page.value.entity} mergedFrom={page.value.mergedFrom} onSplit={split} />
            {mode === 'edit' ? (
              <EntityEditor
                key={page.value.entity.id}
                entity={page.value.entity}
                onSave={actions.update}
                onDone={() => {
                  setMode('view');
                }}
              />
            ) : mode === 'merge' ? (
              <MergeDialog
                source={page.value.entity}
                onMerge={(target) => merge(page.value.entity, target)}
                onCancel={() => {
                  setMode('view');
                }}
              />
            ) : null}
            <h2>Mentions by month</h2>
            <MentionTimeline timeline={page.value.timeline} />
            <h2>Articles</h2>
            <ConcordanceList articles={page.value.articles} onOpenArticle={onOpenArticle} />
            <h2>Appears with</h2>
            <CooccurringList cooccurring={page.value.cooccurring} onOpenEntity={onOpenEntity} />
          </div>
        )}
      </div>
    </section>
  );
}
