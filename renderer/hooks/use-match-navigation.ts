import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { isEditable } from './use-keyboard.ts';

/** The current match of the open article and the means to move between matches. */
export interface MatchNavigation {
  readonly count: number;
  readonly current: number;
  /** Called by the frame with how many marks it made; the first becomes current. */
  readonly onMatches: (count: number) => void;
  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  readonly step: (step: 1 | -1) => void;
}

/** `n`/`N` (outside text fields) and F3/Shift+F3 (anywhere) step through the marked matches. */
export function useMatchNavigation(): MatchNavigation {
  const [count, setCount] = useState(0);
  const [current, setCurrent] = useState(0);
  const onMatches = useCallback((marked: number) => {
    setCount(marked);
    setCurrent(0);
  }, []);
  const step = useCallback(
    (by: 1 | -1) => {
      if (count > 0) setCurrent((at) => (at + by + count) % count);
    },
    [count],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || count === 0) return;
    const letter = (event.key === 'n' || event.key === 'N') && !isEditable(event.target);
    if (!letter && event.key !== 'F3') return;
    event.preventDefault();
    step(event.shiftKey || event.key === 'N' ? -1 : 1);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return { count, current, onMatches, step };
}
