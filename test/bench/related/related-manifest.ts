// Reads and checks test/fixtures/related/clusters.json, and derives what each article's ranking is
// judged against (see related-metrics.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryTruth } from './related-metrics.ts';

/** The fixture set's folder: clusters.json and pages/. */
export const relatedFixturesDir = join(import.meta.dirname, '..', '..', 'fixtures', 'related');

/** A story: articles that should be suggested for each other. */
export interface StoryCluster {
  readonly name: string;
  /** Held-out clusters are for measuring only: the engine must not be tuned on them. */
  readonly heldOut: boolean;
  readonly articles: readonly string[];
  readonly notes: string;
}

/** A pair of articles whose groups look alike but are different stories. */
export interface Trap {
  readonly a: string;
  readonly b: string;
  readonly why: string;
}

/** The manifest of the fixture set. */
export interface RelatedManifest {
  readonly clusters: readonly StoryCluster[];
  readonly singletons: readonly string[];
  readonly traps: readonly Trap[];
}

/** One article of the set with its judgement. */
export interface FixtureArticle extends QueryTruth {
  /** Its language: the file name's two-letter prefix. */
  readonly lang: string;
  /** Its cluster's name, or null for a singleton. */
  readonly cluster: string | null;
  readonly heldOut: boolean;
}

/** Reads the manifest (not checked: see manifestProblems). */
export function readManifest(dir = relatedFixturesDir): RelatedManifest {
  return JSON.parse(readFileSync(join(dir, 'clusters.json'), 'utf8')) as RelatedManifest;
}

/** The page files of the set. */
export function pageFiles(dir = relatedFixturesDir): string[] {
  return readdirSync(join(dir, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** What is wrong with a manifest, given the page files that exist; empty when it is consistent. */
export function manifestProblems(manifest: RelatedManifest, files: readonly string[]): string[] {
  const problems: string[] = [];
  const existing = new Set(files);
  const listed = [...manifest.clusters.flatMap((cluster) => cluster.articles), ...manifest.singletons];
  const seen = new Set<string>();
  for (const file of listed) {
    if (!existing.has(file)) problems.push(`${file} is listed but has no page`);
    if (seen.has(file)) problems.push(`${file} is listed twice`);
    seen.add(file);
  }
  for (const file of files) if (!seen.has(file)) problems.push(`${file} is in no cluster and no singleton`);
  for (const cluster of manifest.clusters)
    if (cluster.articles.length < 3) problems.push(`cluster ${cluster.name} has fewer than 3 articles`);
  for (const trap of manifest.traps) {
    for (const file of [trap.a, trap.b]) if (!seen.has(file)) problems.push(`trap names unknown ${file}`);
    if (groupOf(manifest, trap.a) === groupOf(manifest, trap.b))
      problems.push(`trap ${trap.a} / ${trap.b} is within one cluster`);
  }
  return problems;
}

// A cluster's name, or the file itself for a singleton.
function groupOf(manifest: RelatedManifest, file: string): string {
  return manifest.clusters.find((cluster) => cluster.articles.includes(file))?.name ?? file;
}

function membersOf(manifest: RelatedManifest, group: string): readonly string[] {
  return manifest.clusters.find((cluster) => cluster.name === group)?.articles ?? [group];
}

/** A fixture page's language: its file name up to the first hyphen (`en-…`, `ceb-h55-…`). */
export const fixtureLanguage = (file: string): string => file.slice(0, Math.max(0, file.indexOf('-')));

/** Every article of the set with what its ranking should and should not hold. */
export function fixtureArticles(manifest: RelatedManifest): FixtureArticle[] {
  const trapGroups = new Map<string, Set<string>>();
  const pair = (from: string, to: string): void => {
    const set = trapGroups.get(from) ?? new Set<string>();
    set.add(to);
    trapGroups.set(from, set);
  };
  for (const trap of manifest.traps) {
    pair(groupOf(manifest, trap.a), groupOf(manifest, trap.b));
    pair(groupOf(manifest, trap.b), groupOf(manifest, trap.a));
  }
  const article = (file: string, cluster: StoryCluster | null): FixtureArticle => {
    const group = cluster?.name ?? file;
    const partners = [...(trapGroups.get(group) ?? [])].flatMap((other) => membersOf(manifest, other));
    return {
      file,
      lang: fixtureLanguage(file),
      cluster: cluster?.name ?? null,
      heldOut: cluster?.heldOut ?? false,
      singleton: cluster === null,
      relevant: new Set(cluster?.articles.filter((other) => other !== file) ?? []),
      trapPartners: new Set(partners),
    };
  };
  return [
    ...manifest.clusters.flatMap((cluster) => cluster.articles.map((file) => article(file, cluster))),
    ...manifest.singletons.map((file) => article(file, null)),
  ];
}
