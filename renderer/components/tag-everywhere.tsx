import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TagPreview } from '../../main/shared/entity-types.ts';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import type { ArticleEntitiesState } from '../hooks/use-article-entities.ts';
import { mentionCount } from './entity-words.ts';

interface Props {
  readonly articleId: ArticleId;
  readonly entityId: EntityId;
  readonly state: ArticleEntitiesState;
  readonly onDone: () => void;
}

/** After tagging: how many untagged occurrences of the name remain here and across the library, and buttons to tag them. */
export function TagEverywhere({ articleId, entityId, state, onDone }: Props): ReactNode {
  const client = useClient();
  const [preview, setPreview] = useState<TagPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const done = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    void client.previewTagEverywhere({ entityId, articleId }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error);
      done.current?.focus();
    });
    return () => {
      current = false;
    };
  }, [client, entityId, articleId]);

  const tag = async (scope: 'article' | 'library'): Promise<void> => {
    setBusy(true);
    const result = await client.tagEverywhere({ entityId, articleId, scope });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setAdded(result.value.added);
    state.reload();
  };

  const { inArticle, acrossLibrary } = preview ?? {
    inArticle: 0,
    acrossLibrary: { articles: 0, mentions: 0 },
  };
  return (
    <div className="tag-everywhere" role="status">
      <p>Tagged.</p>
      {error === null ? null : (
        <div className="notice error" role="alert">
          {describeError(error)}
        </div>
      )}
      {preview === null && error === null ? <p>Counting other occurrences…</p> : null}
      {added !== null ? (
        <p>Tagged {mentionCount(added)} more.</p>
      ) : preview !== null && (inArticle > 0 || acrossLibrary.mentions > 0) ? (
        <div className="tag-buttons">
          {inArticle > 0 ? (
            <button type="button" className="button" disabled={busy} onClick={() => void tag('article')}>
              Also tag {inArticle.toLocaleString()} more in this article
            </button>
          ) : null}
          {acrossLibrary.mentions > 0 ? (
            <button type="button" className="button" disabled={busy} onClick={() => void tag('library')}>
              Also tag {acrossLibrary.mentions.toLocaleString()} in {acrossLibrary.articles.toLocaleString()}{' '}
              {acrossLibrary.articles === 1 ? 'article' : 'articles'} across the library
            </button>
          ) : null}
        </div>
      ) : preview !== null ? (
        <p>No other untagged occurrences of this name.</p>
      ) : null}
      <div className="tag-buttons">
        <button ref={done} type="button" className="button primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
