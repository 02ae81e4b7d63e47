const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** A page-declared or library date for display; null when absent or not a date. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : dateFormat.format(time);
}

/**
 * The date a list shows for an article: when it was published, else when the page was saved
 * (captured, as search's date filters read it), else when it was added. The last two say which.
 */
export function listDate(article: {
  readonly publishedTime: string | null;
  readonly undatedCapturedAt: string | null;
  readonly addedAt: string;
}): string {
  const published = formatDate(article.publishedTime);
  if (published !== null) return published;
  const captured = formatDate(article.undatedCapturedAt);
  if (captured !== null) return `Captured ${captured}`;
  const added = formatDate(article.addedAt);
  return added === null ? '' : `Added ${added}`;
}
