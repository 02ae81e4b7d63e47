import type { ImportProgress } from '../../main/shared/types.ts';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 of 40 · 10 imported · 1 duplicate · 1 failed" (without the "of" part once finished). */
export function countsLine(progress: ImportProgress, withTotal: boolean): string {
  const parts = [`${progress.imported} imported`];
  if (withTotal) parts.unshift(`${progress.done} of ${progress.total}`);
  if (withTotal || progress.duplicates > 0)
    parts.push(plural(progress.duplicates, 'duplicate', 'duplicates'));
  if (withTotal || progress.failed > 0) parts.push(`${progress.failed} failed`);
  return parts.join(' · ');
}
