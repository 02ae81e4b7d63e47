import type { Result } from '../../main/shared/result.ts';
import type { ArticlePage, ArticleSummary } from '../../main/shared/types.ts';
import type { ArchiveClient } from '../api/archive-client.ts';

export type SortKey = 'added' | 'published';
export type SortOrder = 'asc' | 'desc';

/** The contract's largest page. */
const maxRequest = 500;

/** The first `limit` articles, in requests the contract accepts. */
export async function listUpTo(
  client: ArchiveClient,
  sort: SortKey,
  order: SortOrder,
  limit: number,
): Promise<Result<ArticlePage>> {
  const items: ArticleSummary[] = [];
  for (;;) {
    const result = await client.listArticles({
      sort,
      order,
      offset: items.length,
      limit: Math.min(maxRequest, limit - items.length),
    });
    if (!result.ok) return result;
    items.push(...result.value.items);
    const { total } = result.value;
    if (items.length >= Math.min(limit, total) || result.value.items.length === 0) {
      return { ok: true, value: { items, total } };
    }
  }
}
