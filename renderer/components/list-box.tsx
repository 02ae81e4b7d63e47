import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type ReactNode, type Ref } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

interface ListBoxProps<T> {
  readonly id: string;
  readonly label: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => ArticleId;
  readonly renderItem: (item: T) => ReactNode;
  /** The keyboard selection (aria-selected). */
  readonly activeId: ArticleId | null;
  /** The article shown in the reader. */
  readonly openId: ArticleId | null;
  readonly onOpen: (id: ArticleId) => void;
  readonly listRef: Ref<HTMLUListElement>;
  readonly footer?: ReactNode;
  /** How many items the whole list has (aria-setsize), when more than are loaded. */
  readonly setSize?: number;
  /** Called when the user scrolls near the last loaded item. */
  readonly onNearEnd?: () => void;
}

/** A first guess of a row's height; rows are measured once rendered. */
const estimatedRowHeight = 76;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const overscan = 8;
/** How close to the last loaded row the next page is asked for. */
const nearEndRows = 20;

/** The DOM id of an option, for aria-activedescendant. */
export function optionId(listId: string, id: ArticleId): string {
  return `${listId}-${id}`;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref !== null && ref !== undefined) ref.current = value;
}

/**
 * A single-select listbox of articles; focus stays on the list and the selection is its active
 * descendant. Only the rows near the viewport are rendered, so 10,000 hits scroll smoothly.
 */
export function ListBox<T>(props: ListBoxProps<T>): ReactNode {
  const { id, label, items, keyOf, renderItem, activeId, openId, onOpen, listRef, footer, onNearEnd } = props;
  const scroller = useRef<HTMLUListElement | null>(null);
  const setRefs = useCallback(
    (element: HTMLUListElement | null) => {
      scroller.current = element;
      assignRef(listRef, element);
    },
    [listRef],
  );
  // The virtualizer re-renders this component on scroll itself; no memoized child receives its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    overscan,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? -1;

  // The active option must be rendered for aria-activedescendant, and visible for the user.
  const activeIndex = activeId === null ? -1 : items.findIndex((item) => keyOf(item) === activeId);
  useEffect(() => {
    if (activeIndex !== -1) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  useEffect(() => {
    if (onNearEnd !== undefined && items.length > 0 && lastRendered >= items.length - nearEndRows)
      onNearEnd();
  }, [lastRendered, items.length, onNearEnd]);

  const before = rows[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0));
  const setSize = props.setSize ?? items.length;
  return (
    <ul
      id={id}
      ref={setRefs}
      className="listbox"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeIndex === -1 || activeId === null ? undefined : optionId(id, activeId)}
    >
      {before > 0 ? <li role="presentation" style={{ height: before }} /> : null}
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        const key = keyOf(item);
        const active = key === activeId;
        return (
          <li
            key={key}
            id={optionId(id, key)}
            ref={virtualizer.measureElement}
            data-index={row.index}
            role="option"
            aria-selected={active}
            aria-setsize={setSize}
            aria-posinset={row.index + 1}
            className={key === openId ? 'option is-open' : 'option'}
            onClick={() => {
              onOpen(key);
            }}
          >
            {renderItem(item)}
          </li>
        );
      })}
      {after > 0 ? <li role="presentation" style={{ height: after }} /> : null}
      {footer === undefined ? null : <li role="presentation">{footer}</li>}
    </ul>
  );
}
