import type { DatabaseSync } from 'node:sqlite';
import type { ConcordanceLine, Entity, EntityPage } from '../../shared/entity-types.ts';
import { getText, summariesByIds } from '../store/article-repository.ts';
import { mergedInto } from '../store/entity-merge-repository.ts';
import { concordanceLine } from './concordance.ts';
import { cooccurringEntities } from './cooccurrence.ts';
import { mentionsOfEntity, monthOf, type DatedMention } from './entity-mention-rows.ts';

function timeline(mentions: readonly DatedMention[]): { period: string; mentions: number }[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const month = monthOf(mention.date);
    if (month !== null) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, count]) => ({ period, mentions: count }));
}

/**
 * Everything the entity page shows: articles newest first (published, else captured date) with a
 * concordance line per mention, co-occurring entities, and mentions per month.
 */
export function buildEntityPage(db: DatabaseSync, entity: Entity): EntityPage {
  const mentions = mentionsOfEntity(db, entity.id);
  const byArticle = new Map<number, DatedMention[]>();
  for (const mention of mentions) {
    const list = byArticle.get(mention.articleId) ?? [];
    list.push(mention);
    byArticle.set(mention.articleId, list);
  }
  const summaries = summariesByIds(db, [...byArticle.keys()]);
  const articles = [...byArticle].flatMap(([articleId, own]) => {
    const article = summaries.get(articleId);
    if (article === undefined) return [];
    const text = getText(db, articleId) ?? '';
    const lines: ConcordanceLine[] = own.map((mention) => concordanceLine(text, mention));
    return [{ article, mentionCount: own.length, lines }];
  });
  return {
    entity,
    mergedFrom: mergedInto(db, entity.id),
    articles,
    cooccurring: cooccurringEntities(db, entity.id),
    timeline: timeline(mentions),
  };
}
