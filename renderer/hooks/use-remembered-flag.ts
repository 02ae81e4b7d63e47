import { useCallback, useState } from 'react';

function read(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    // Storage can be unavailable (a locked-down profile): the flag then lasts for this window only.
    return fallback;
  }
}

/** A boolean preference kept across sessions in localStorage under `key`. */
export function useRememberedFlag(
  key: string,
  fallback: boolean,
): readonly [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // See read(): not remembered, still applied.
      }
    },
    [key],
  );
  return [value, set] as const;
}
