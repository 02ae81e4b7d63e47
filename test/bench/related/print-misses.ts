// The bench's --misses report: every query whose top 3 holds a wrong article or fewer true partners
// than it could, with its expected partners, its top 5 (scores and reasons) and, for each partner
// missing from the top 3, the evidence the pair shares on its own, how many independent pieces that
// is, and whether the partner was among the article's candidates at all.
import type { DatabaseSync } from 'node:sqlite';
import { explainPair } from '../../../main/core/related/score-related.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { FixtureArticle } from './related-manifest.ts';
import { confidentScore, type RankedFile } from './related-metrics.ts';

/** One engine suggestion as the report shows it. */
export interface ShownSuggestion extends RankedFile {
  readonly why: string;
}

/** Whether a query's top 3 is short of partners or holds an article it should not. */
export function isMiss(query: FixtureArticle, ranking: readonly RankedFile[]): boolean {
  const top = ranking.slice(0, 3);
  if (query.singleton) return top.some((r) => r.score >= confidentScore || query.trapPartners.has(r.file));
  const hits = top.filter((r) => query.relevant.has(r.file)).length;
  return hits < Math.min(3, query.relevant.size) || top.some((r) => !query.relevant.has(r.file));
}

const fixed = (value: number): string => value.toFixed(2);

/** Why a pair scores what it does on its own evidence, in one line. */
function whyLow(db: DatabaseSync, id: ArticleId, other: ArticleId): string {
  const pair = explainPair(db, id, other);
  const { evidence } = pair;
  const entities = evidence.entities.map((e) => `${e.name}${e.scene === true ? '*' : ''} ${fixed(e.weight)}`);
  const numbers = evidence.numbers.map((n) => `${n.value} ${fixed(n.weight)}`);
  const terms = (evidence.terms ?? []).map((t) => `${t.word} ${fixed(t.weight)}`);
  const candidate =
    pair.candidateRank === null
      ? 'not a candidate'
      : `candidate #${pair.candidateRank + 1}${pair.candidateRank >= pair.candidatesScored ? ' (not scored)' : ''}`;
  return [
    `own score ${pair.score.toFixed(3)}, ${pair.pieces} piece(s), ${candidate}`,
    `entities [${entities.join(', ')}]`,
    `numbers [${numbers.join(', ')}]`,
    `terms [${terms.join(', ')}] cosine ${fixed(evidence.similarity)}`,
    `days ${evidence.days ?? '–'}`,
  ].join('; ');
}

/** The report's text for every missed query (empty when there is none). */
export function missesReport(
  db: DatabaseSync,
  queries: readonly FixtureArticle[],
  idOf: (file: string) => ArticleId,
  rankingOf: (file: string) => readonly ShownSuggestion[],
): string {
  const out: string[] = [];
  for (const query of queries) {
    const ranking = rankingOf(query.file);
    if (!isMiss(query, ranking)) continue;
    out.push(`\nMISS ${query.file} (${query.cluster ?? 'singleton'})`);
    out.push(`  expected: ${[...query.relevant].join(', ') || '(none: a singleton)'}`);
    for (const [index, r] of ranking.slice(0, 5).entries()) {
      const mark = query.relevant.has(r.file) ? '+' : query.trapPartners.has(r.file) ? 'TRAP' : '-';
      out.push(`  ${index + 1}. ${mark} ${r.file} ${r.score.toFixed(3)}  ${r.why}`);
    }
    const top3 = new Set(ranking.slice(0, 3).map((r) => r.file));
    for (const partner of query.relevant)
      if (!top3.has(partner))
        out.push(`  missing ${partner}: ${whyLow(db, idOf(query.file), idOf(partner))}`);
  }
  return out.join('\n');
}
