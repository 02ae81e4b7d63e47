import type { ReactNode } from 'react';

interface Props {
  readonly text: string;
  /** [start, end) offsets into `text`, as the archive returned them. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** A snippet with its matches in <mark>, built from text nodes only. */
export function HighlightedSnippet({ text, highlights }: Props): ReactNode {
  const ranges = [...highlights]
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // overlapping ranges: keep the first
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  // dir="auto": an Arabic or Hebrew extract lays out right to left even in an English library.
  return (
    <p className="snippet" dir="auto">
      {parts}
    </p>
  );
}
