import { useCallback, useEffect, useState } from 'react';

/** How long an undo is offered, as for removed links and saved searches. */
const undoForMs = 10_000;

/** The last undoable change while its undo is offered, and offering, taking and dropping it. */
export interface UndoOfferState<T> {
  readonly offered: T | null;
  readonly offer: (change: T) => void;
  /** Takes the change to undo (and stops offering it), or null when none is offered. */
  readonly take: () => T | null;
  readonly drop: () => void;
}

/** Keeps one undoable change for ten seconds (a newer change replaces it). */
export function useUndoOffer<T>(): UndoOfferState<T> {
  const [offered, setOffered] = useState<T | null>(null);
  useEffect(() => {
    if (offered === null) return;
    const timer = window.setTimeout(() => {
      setOffered(null);
    }, undoForMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [offered]);
  const offer = useCallback((change: T) => {
    setOffered(() => change);
  }, []);
  const drop = useCallback(() => {
    setOffered(null);
  }, []);
  const take = useCallback((): T | null => {
    setOffered(null);
    return offered;
  }, [offered]);
  return { offered, offer, take, drop };
}
