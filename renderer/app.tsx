import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ArticleId } from '../main/shared/ids.ts';
import type { SearchSort } from '../main/shared/types.ts';
import { describeError } from './api/error-messages.ts';
import { DropOverlay } from './components/drop-overlay.tsx';
import { EmptyState } from './components/empty-state.tsx';
import { EntityBrowser } from './components/entity-browser.tsx';
import { EntityPage } from './components/entity-page.tsx';
import { ImportButton } from './components/import-button.tsx';
import { ImportPanel } from './components/import-panel.tsx';
import { LibraryHealthStatus } from './components/library-health-status.tsx';
import { LibraryPane } from './components/library-pane.tsx';
import { optionId } from './components/list-box.tsx';
import { NothingOpen } from './components/nothing-open.tsx';
import { ReaderPane } from './components/reader-pane.tsx';
import { SavedSearches } from './components/saved-searches.tsx';
import { SearchBox } from './components/search-box.tsx';
import { StoryView } from './components/story-view.tsx';
import { ThreadsSection } from './components/threads-section.tsx';
import { TrashEntry } from './components/trash-entry.tsx';
import { TrashView } from './components/trash-view.tsx';
import { UndoToast } from './components/undo-toast.tsx';
import type { ReaderView } from './components/view-toggle.tsx';
import { useDeleteKey } from './hooks/use-delete-key.ts';
import { useEntityView } from './hooks/use-entity-view.ts';
import { useImport } from './hooks/use-import.ts';
import { useKeyboard } from './hooks/use-keyboard.ts';
import { useLibrary, type SortKey, type SortOrder } from './hooks/use-library.ts';
import { useSavedSearches } from './hooks/use-saved-searches.ts';
import { useSearch } from './hooks/use-search.ts';
import { useStoryView } from './hooks/use-story-view.ts';
import { useOpenInReader } from './hooks/use-title-focus.ts';
import { useTrashAction } from './hooks/use-trash-action.ts';
import { useWindowDrop } from './hooks/use-window-drop.ts';

const listId = 'article-list';

/** The reader: library and search on the left, the open article on the right. */
export function App(): ReactNode {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('added');
  const [order, setOrder] = useState<SortOrder>('desc');
  const [activeId, setActiveId] = useState<ArticleId | null>(null);
  const [openId, setOpenId] = useState<ArticleId | null>(null);
  const [view, setView] = useState<ReaderView>('clean');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const trash = useTrashAction();

  // Registered before useKeyboard: on the entity page, Escape goes back to the article first.
  const entities = useEntityView();
  const story = useStoryView();
  const { close: closeStory, show: showStory } = story;
  const [registryVersion, setRegistryVersion] = useState(0);
  const registryChanged = useCallback(() => {
    setRegistryVersion((v) => v + 1);
  }, []);
  const library = useLibrary(sort, order);
  const [searchSort, setSearchSort] = useState<SearchSort>('relevance');
  const search = useSearch(query, searchSort);
  const saved = useSavedSearches();
  const [naming, setNaming] = useState(false);
  const importer = useImport();
  const busy = importer.state.phase === 'preparing' || importer.state.phase === 'running';
  const dragging = useWindowDrop(importer.start);

  const searching = query.trim() !== '';
  // The articles of the list on screen: the search results while there is a query, else the library.
  const shown = searching ? search.hits.map((hit) => hit.article) : library.items;
  const ids = shown.map((article) => article.id);
  const closeEntity = entities.close;
  const open = useCallback(
    (id: ArticleId) => {
      setActiveId(id);
      setOpenId(id);
      setView('clean');
      setTrashOpen(false);
      closeEntity();
      closeStory();
    },
    [closeEntity, closeStory],
  );
  // Opened from the reader, a graph, a thread or an entity page: the new article's title takes the focus.
  const { openInReader, titleFocus } = useOpenInReader(open);
  const clearQuery = useCallback(() => {
    setQuery('');
  }, []);
  useKeyboard({ searchRef, listRef, ids, activeId, setActiveId, onOpen: open, query, clearQuery });
  const moveToTrash = trash.moveToTrash;
  const onTrash = useCallback(
    (id: ArticleId) => {
      // The selection moves to the next article, so Delete can be pressed again.
      const at = ids.indexOf(id);
      const next = ids[at + 1] ?? ids[at - 1] ?? null;
      const title = shown[at]?.title ?? '';
      void moveToTrash([{ id, title }]).then((moved) => {
        if (!moved) return;
        setActiveId(next);
        setOpenId((current) => (current === id ? null : current));
        // The last article of the list went, and the list (or the disabled button) with the focus:
        // the search box takes it, rather than the page.
        if (next === null) searchRef.current?.focus();
      });
    },
    [ids, shown, moveToTrash],
  );
  useDeleteKey(listRef, activeId, onTrash);

  const libraryEmpty = !library.loading && library.error === null && library.total === 0;
  const activeInList = activeId !== null && ids.includes(activeId);

  return (
    <div className="app">
      <aside className="sidebar" aria-label="Library">
        <header className="sidebar-head">
          <h1 className="brand">Dossier</h1>
          <ImportButton onImport={importer.start} disabled={busy} />
        </header>
        <SearchBox
          value={query}
          onChange={setQuery}
          pending={search.pending}
          inputRef={searchRef}
          listId={listId}
          activeDescendant={activeInList ? optionId(listId, activeId) : undefined}
          onSave={() => {
            setNaming(true);
          }}
        />
        <SavedSearches saved={saved} query={query} onRun={setQuery} naming={naming} onNaming={setNaming} />
        <EntityBrowser
          openEntityId={entities.entityId}
          onOpenEntity={(id) => {
            setTrashOpen(false);
            entities.openEntity(id);
          }}
          version={registryVersion}
        />
        <ThreadsSection
          onOpen={(anchorId) => {
            setTrashOpen(false);
            closeEntity();
            showStory('thread', anchorId);
          }}
        />
        <TrashEntry
          open={trashOpen}
          onOpen={() => {
            setTrashOpen(true);
            closeEntity();
          }}
        />
        <LibraryPane
          listId={listId}
          query={query}
          library={library}
          search={search}
          activeId={activeId}
          openId={openId}
          onOpen={open}
          listRef={listRef}
          sort={sort}
          order={order}
          onSort={setSort}
          searchSort={searchSort}
          onSearchSort={setSearchSort}
          onQuery={setQuery}
          onOrder={setOrder}
          onTrash={onTrash}
        />
        <LibraryHealthStatus />
        <ImportPanel controls={importer} />
      </aside>
      <main className="reader">
        {trashOpen ? (
          <TrashView
            onClose={() => {
              setTrashOpen(false);
            }}
          />
        ) : entities.entityId !== null ? (
          <EntityPage
            entityId={entities.entityId}
            onOpenArticle={openInReader}
            onOpenEntity={entities.openEntity}
            onReplace={entities.replace}
            onBack={entities.back}
            onSearch={setQuery}
            onChanged={registryChanged}
          />
        ) : story.view !== null ? (
          <StoryView story={story} onOpen={openInReader} onOpenEntity={entities.openEntity} />
        ) : openId !== null ? (
          <ReaderPane
            articleId={openId}
            view={view}
            onView={setView}
            onOpen={openInReader}
            titleFocus={titleFocus}
            query={searching ? search.query : ''}
            onOpenEntity={entities.openEntity}
            onStoryView={showStory}
          />
        ) : libraryEmpty ? (
          <EmptyState onImport={importer.start} busy={busy} />
        ) : library.error !== null ? (
          <div className="placeholder">
            <div className="notice error" role="alert">
              {describeError(library.error)}
            </div>
          </div>
        ) : (
          <NothingOpen />
        )}
      </main>
      <UndoToast action={trash} />
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
