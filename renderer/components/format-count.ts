const numberFormat = new Intl.NumberFormat();

/** "1,284 articles" / "1 article", with the user's locale's digit grouping. */
export function formatArticleCount(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'article' : 'articles'}`;
}
