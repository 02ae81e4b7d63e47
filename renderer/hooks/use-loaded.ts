import { useCallback, useEffect, useState } from 'react';
import type { ArchiveEvent } from '../../main/shared/api.ts';
import type { ApiError, Result } from '../../main/shared/result.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** A value loaded from the archive: null while the first answer is on its way. */
export interface Loaded<T> {
  readonly value: T | null;
  readonly error: ApiError | null;
  /** Loads again (after a change made from this view). */
  readonly reload: () => void;
}

/**
 * Calls `load` whenever its inputs change or an event `affects` the answer, keeping the last
 * good value on screen while the next one loads; answers to superseded calls are dropped.
 */
export function useLoaded<T>(
  load: () => Promise<Result<T>>,
  affects: (event: ArchiveEvent) => boolean,
): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) setValue(result.value);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [load, generation]);
  useArchiveEvent((event) => {
    if (affects(event)) reload();
  });
  return { value, error, reload };
}
