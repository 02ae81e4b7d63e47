import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

interface Options {
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly listRef: RefObject<HTMLUListElement | null>;
  /** The articles of the list on screen (library or results), in order. */
  readonly ids: readonly ArticleId[];
  readonly activeId: ArticleId | null;
  readonly setActiveId: (id: ArticleId) => void;
  readonly onOpen: (id: ArticleId) => void;
  readonly query: string;
  readonly clearQuery: () => void;
}

/** Whether typing into `target` enters text (single-letter shortcuts must leave it alone). */
export function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** `/` focuses search, Escape clears it, ↑/↓/Home/End move the selection, Enter opens it. */
export function useKeyboard(options: Options): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const { searchRef, listRef, ids, activeId, setActiveId, onOpen, query, clearQuery } = options;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const search = searchRef.current;
    const list = listRef.current;
    const inSearch = target === search;
    const inList = list !== null && target instanceof Node && list.contains(target);
    const onBody = target === document.body || target === document.documentElement;

    if (event.key === '/' && !isEditable(target)) {
      event.preventDefault();
      search?.focus();
      search?.select();
      return;
    }
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      clearQuery();
      return;
    }
    if (!inSearch && !inList && !onBody) return;
    const index = activeId === null ? -1 : ids.indexOf(activeId);
    const select = (next: number): void => {
      const id = ids[Math.min(ids.length - 1, Math.max(0, next))];
      if (id === undefined) return;
      event.preventDefault();
      setActiveId(id);
      if (onBody) list?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        select(index === -1 ? 0 : index + 1);
        break;
      case 'ArrowUp':
        select(index === -1 ? ids.length - 1 : index - 1);
        break;
      case 'Home':
        if (!inSearch) select(0);
        break;
      case 'End':
        if (!inSearch) select(ids.length - 1);
        break;
      case 'Enter': {
        // From the search box with nothing picked yet, Enter opens the best hit.
        const id = index === -1 ? (inSearch ? ids[0] : undefined) : ids[index];
        if (id === undefined) return;
        event.preventDefault();
        setActiveId(id);
        onOpen(id);
        break;
      }
      default:
        break;
    }
  });

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
