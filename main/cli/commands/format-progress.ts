import type { ImportProgress } from '../../shared/types.ts';

const barWidth = 24;

/** One line of import progress: a bar, counts, and the current file. */
export function formatProgress(progress: ImportProgress): string {
  const fraction = progress.total === 0 ? 0 : Math.min(1, progress.done / progress.total);
  const filled = Math.round(fraction * barWidth);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
  const counts = `${progress.done}/${progress.total} · ${progress.imported} imported · ${progress.duplicates} duplicate · ${progress.failed} failed`;
  return `${bar} ${counts}`;
}
