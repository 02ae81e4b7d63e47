const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** A page-declared or library date for display; null when absent or not a date. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : dateFormat.format(time);
}

/** The date a list shows for an article: when it was published, else when it was added. */
export function listDate(article: {
  readonly publishedTime: string | null;
  readonly addedAt: string;
}): string {
  const published = formatDate(article.publishedTime);
  if (published !== null) return published;
  const added = formatDate(article.addedAt);
  return added === null ? '' : `Added ${added}`;
}
