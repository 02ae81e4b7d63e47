import { useEffect, useRef, type ReactNode, type Ref } from 'react';
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
}

/** The DOM id of an option, for aria-activedescendant. */
export function optionId(listId: string, id: ArticleId): string {
  return `${listId}-${id}`;
}

/** A single-select listbox of articles; focus stays on the list and the selection is its active descendant. */
export function ListBox<T>(props: ListBoxProps<T>): ReactNode {
  const { id, label, items, keyOf, renderItem, activeId, openId, onOpen, listRef, footer } = props;
  const activeRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <ul
      id={id}
      ref={listRef}
      className="listbox"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeId === null ? undefined : optionId(id, activeId)}
    >
      {items.map((item) => {
        const key = keyOf(item);
        const active = key === activeId;
        return (
          <li
            key={key}
            id={optionId(id, key)}
            ref={active ? activeRef : undefined}
            role="option"
            aria-selected={active}
            className={key === openId ? 'option is-open' : 'option'}
            onClick={() => {
              onOpen(key);
            }}
          >
            {renderItem(item)}
          </li>
        );
      })}
      {footer === undefined ? null : <li role="presentation">{footer}</li>}
    </ul>
  );
}
