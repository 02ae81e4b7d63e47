const numberFormat = new Intl.NumberFormat();

/** "1,284 articles" / "1 article", with the user's locale's digit grouping. */
export function formatArticleCount(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'article' : 'articles'}`;
}

/** "about 1,200 articles" when the count is an estimate, else as formatArticleCount. */
export function formatHitCount(count: number, estimate: boolean): string {
  return estimate ? `about ${formatArticleCount(count)}` : formatArticleCount(count);
}
