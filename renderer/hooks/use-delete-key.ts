import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { isEditable } from './use-keyboard.ts';

/** Delete (or ⌘⌫) on the selected article of the list moves it to the Trash; typing is left alone. */
export function useDeleteKey(
  listRef: RefObject<HTMLUListElement | null>,
  activeId: ArticleId | null,
  onDelete: (id: ArticleId) => void,
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const isDelete = event.key === 'Delete' || (event.key === 'Backspace' && event.metaKey);
    if (!isDelete || event.defaultPrevented || activeId === null || isEditable(event.target)) return;
    const target = event.target;
    const list = listRef.current;
    const inList = list !== null && target instanceof Node && list.contains(target);
    const onBody = target === document.body || target === document.documentElement;
    if (!inList && !onBody) return;
    event.preventDefault();
    onDelete(activeId);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => {
      onKey(event);
    };
    window.addEventListener('keydown', listener);
    return () => {
      window.removeEventListener('keydown', listener);
    };
  }, []);
}
