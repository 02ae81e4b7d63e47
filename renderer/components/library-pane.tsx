import type { ReactNode, Ref } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary, SearchHit, SearchSort } from '../../main/shared/types.ts';
import { DidYouMean } from './did-you-mean.tsx';
import { SearchSortControl } from './search-sort-control.tsx';
import { describeError } from '../api/error-messages.ts';
import type { LibraryState, SortKey, SortOrder } from '../hooks/use-library.ts';
import type { SearchState } from '../hooks/use-search.ts';
import { ArticleOption } from './article-option.tsx';
import { HighlightedSnippet } from './highlighted-snippet.tsx';
import { formatArticleCount, formatHitCount } from './format-count.ts';
import { ListBox } from './list-box.tsx';
import { LibraryToolsMenu } from './library-tools-menu.tsx';
import { RecleanStatus } from './reclean-status.tsx';
import { useReclean } from '../hooks/use-reclean.ts';
import { SortControl } from './sort-control.tsx';
import { TrashButton } from './trash-button.tsx';
import { SearchIndexingStatus } from './search-indexing-status.tsx';
import { unfinishedFilterHint } from './unfinished-filter.ts';

interface Props {
  readonly listId: string;
  readonly query: string;
  readonly library: LibraryState & { readonly loadMore: () => void };
  readonly search: SearchState;
  readonly activeId: ArticleId | null;
  readonly openId: ArticleId | null;
  readonly onOpen: (id: ArticleId) => void;
  readonly listRef: Ref<HTMLUListElement>;
  readonly sort: SortKey;
  readonly order: SortOrder;
  readonly onSort: (sort: SortKey) => void;
  readonly onOrder: (order: SortOrder) => void;
  /** The order of search results, kept while the query changes. */
  readonly searchSort: SearchSort;
  readonly onSearchSort: (sort: SearchSort) => void;
  /** Replaces the search box value (the "showing results for …" link). */
  readonly onQuery: (query: string) => void;
  /** Moves an article to the Trash. */
  readonly onTrash: (id: ArticleId) => void;
}

const hitKey = (hit: SearchHit): ArticleId => hit.article.id;
const articleKey = (article: ArticleSummary): ArticleId => article.id;
const renderHit = (hit: SearchHit): ReactNode => (
  <ArticleOption article={hit.article}>
    {hit.snippets.map((snippet, i) => (
      <HighlightedSnippet key={i} text={snippet.text} highlights={snippet.highlights} />
    ))}
  </ArticleOption>
);
const renderArticle = (article: ArticleSummary): ReactNode => <ArticleOption article={article} />;

/** The library list, or the search results while there is a query. */
export function LibraryPane(props: Props): ReactNode {
  const { listId, query, library, search, activeId, openId, onOpen, listRef } = props;
  const common = { id: listId, activeId, openId, onOpen, listRef };
  // Above the early returns: the re-clean must keep running while the user searches.
  const reclean = useReclean();

  if (query.trim() !== '') {
    const answered = search.query !== '' && !search.pending;
    const nothing =
      answered && search.hits.length === 0 && search.error === null && search.indexing === undefined;
    // "title:" alone finds nothing and the server says nothing (a filter still being typed): say why here.
    const unfinished = nothing && search.problems.length === 0 ? unfinishedFilterHint(search.query) : null;
    const explained = [
      ...search.problems,
      ...(unfinished === null ? [] : [{ text: search.query, message: unfinished }]),
    ];
    return (
      <>
        <div className="list-tools" aria-live="polite">
          {search.error !== null
            ? describeError(search.error)
            : search.indexing !== undefined
              ? 'Waiting for the search index…'
              : answered
                ? `${formatHitCount(search.total, search.totalIsEstimate)}${search.partial ? ' · checking exact phrases…' : ''}`
                : 'Searching…'}
        </div>
        {search.indexing === undefined ? null : <SearchIndexingStatus progress={search.indexing} />}
        {explained.length > 0 ? (
          <ul className="search-problems" role="status">
            {explained.map((problem) => (
              <li key={problem.text}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
        {/* Its own row: the header above holds only the count, which tests and readers read whole. */}
        <div className="list-tools">
          {search.didYouMean === undefined ? (
            <span />
          ) : (
            <DidYouMean corrected={search.didYouMean} onSearch={props.onQuery} />
          )}
          <SearchSortControl sort={props.searchSort} onSort={props.onSearchSort} />
        </div>
        {nothing ? (
          <p className="list-message">No articles match “{query.trim()}”.</p>
        ) : (
          <ListBox
            {...common}
            label="Search results"
            items={search.hits}
            keyOf={hitKey}
            renderItem={renderHit}
            setSize={search.total}
            onNearEnd={search.loadMore}
          />
        )}
      </>
    );
  }

  if (library.error !== null && library.items.length === 0) {
    return (
      <p className="list-message" role="alert">
        {describeError(library.error)}
      </p>
    );
  }
  if (library.loading) {
    return <p className="list-message">Loading library…</p>;
  }
  const empty = library.total === 0 ? <p className="list-message">No articles yet.</p> : null;
  const more =
    library.items.length < library.total ? (
      <button type="button" className="button quiet load-more" onClick={library.loadMore}>
        Show more ({library.total - library.items.length} left)
      </button>
    ) : undefined;
  return (
    <>
      <div className="list-tools">
        <span>{formatArticleCount(library.total)}</span>
        <SortControl sort={props.sort} order={props.order} onSort={props.onSort} onOrder={props.onOrder} />
      </div>
      <RecleanStatus controls={reclean} />
      {empty}
      <ListBox
        {...common}
        label="Library"
        items={library.items}
        keyOf={articleKey}
        renderItem={renderArticle}
        {...(more === undefined ? {} : { footer: more })}
      />
      {library.total > 0 ? (
        <div className="list-actions">
          <TrashButton activeId={activeId} onTrash={props.onTrash} />
          <LibraryToolsMenu reclean={reclean} />
        </div>
      ) : null}
    </>
  );
}
