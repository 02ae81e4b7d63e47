import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { EntityId } from '../../main/shared/ids.ts';
import { isEditable } from './use-keyboard.ts';

/** Which entity page is shown in place of the article, and how to leave it. */
export interface EntityView {
  /** The entity whose page is open, or null while the article (or nothing) is shown. */
  readonly entityId: EntityId | null;
  readonly openEntity: (id: EntityId) => void;
  /** One step back: to the entity page before this one, else to the article. */
  readonly back: () => void;
  /** Straight back to the article. */
  readonly close: () => void;
  /** Shows `id` instead of the current entity (after a merge, whose source page is gone). */
  readonly replace: (id: EntityId) => void;
}

/** The trail of entity pages opened over the article; Alt+← steps back, Escape returns to the article. */
export function useEntityView(): EntityView {
  // A trail, not one id: from a co-occurring entity's page, Back returns to the previous entity.
  const [trail, setTrail] = useState<readonly EntityId[]>([]);
  const openEntity = useCallback((id: EntityId) => {
    setTrail((previous) => (previous.at(-1) === id ? previous : [...previous, id]));
  }, []);
  const back = useCallback(() => {
    setTrail((previous) => previous.slice(0, -1));
  }, []);
  const close = useCallback(() => {
    setTrail([]);
  }, []);
  const replace = useCallback((id: EntityId) => {
    setTrail((previous) => [...previous.slice(0, -1).filter((other) => other !== id), id]);
  }, []);
  const open = trail.length > 0;

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!open || event.defaultPrevented || isEditable(event.target)) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (plain && event.altKey && event.key === 'ArrowLeft') {
      // Handled here, so the browser does not leave the app for the previous page.
      event.preventDefault();
      back();
    } else if (plain && !event.altKey && event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return { entityId: trail.at(-1) ?? null, openEntity, back, close, replace };
}
