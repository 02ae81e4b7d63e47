import type { CleaningReport, RemovedKind } from '../../main/shared/types.ts';

const kindNames: Record<RemovedKind, readonly [string, string]> = {
  icon: ['icon', 'icons'],
  promo: ['promo', 'promos'],
  share: ['share button', 'share buttons'],
  player: ['player', 'players'],
  cookie: ['cookie notice', 'cookie notices'],
  ad: ['ad', 'ads'],
  newsletter: ['sign-up box', 'sign-up boxes'],
  duplicate: ['repeated line', 'repeated lines'],
  status: ['status line', 'status lines'],
  'pull-quote': ['pull quote', 'pull quotes'],
  navigation: ['menu link', 'menu links'],
  metadata: ['byline or date line', 'byline and date lines'],
};

/** A kind of removed block in words, singular or plural for n. */
export function kindName(kind: RemovedKind, n = 1): string {
  return kindNames[kind][n === 1 ? 0 : 1];
}

/** "12 items removed: 7 icons, 2 promos, 1 player", most frequent kind first. */
export function summarizeRemovals(report: CleaningReport): string {
  const total = report.removed.length;
  const parts = (Object.entries(report.counts) as [RemovedKind, number][])
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} ${kindName(kind, n)}`);
  return `${total} ${total === 1 ? 'item' : 'items'} removed: ${parts.join(', ')}`;
}

/** "promo-blocks:3" as "promo-blocks #4", for people. */
export function describeBlockId(id: string): string {
  const [rule, n] = id.split(':');
  return `${rule ?? id} #${Number(n ?? 0) + 1}`;
}
