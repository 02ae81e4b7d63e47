import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fixtureArticles,
  fixtureLanguage,
  manifestProblems,
  pageFiles,
  readManifest,
  relatedFixturesDir,
  type RelatedManifest,
} from '../../bench/related/related-manifest.ts';

const manifest = readManifest();
const files = pageFiles();
const page = (file: string): string => readFileSync(join(relatedFixturesDir, 'pages', file), 'utf8');

describe('the related-stories fixture set', () => {
  it('has a consistent manifest: every page in exactly one group, clusters of 3+, traps on real files', () => {
    expect(manifestProblems(manifest, files)).toEqual([]);
  });

  it('is as large as the issue asks: 30+ articles, 7+ clusters, 4+ singletons, about a third held out', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(manifest.clusters.length).toBeGreaterThanOrEqual(7);
    expect(manifest.singletons.length).toBeGreaterThanOrEqual(4);
    const heldOut = manifest.clusters.filter((c) => c.heldOut).length;
    expect(heldOut / manifest.clusters.length).toBeGreaterThanOrEqual(0.25);
    expect(heldOut / manifest.clusters.length).toBeLessThanOrEqual(0.4);
  });

  it('has Russian, German and French articles, in at least two clusters that also hold English', () => {
    const mixed = manifest.clusters.filter(
      (c) => c.articles.some((f) => f.startsWith('en-')) && c.articles.some((f) => !f.startsWith('en-')),
    );
    expect(mixed.length).toBeGreaterThanOrEqual(2);
    const languages = new Set(mixed.flatMap((c) => c.articles.map((f) => fixtureLanguage(f))));
    expect([...languages].sort()).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'ru']));
  });

  it.each(files)('%s declares its language, date and canonical URL and has 120–300 words', (file) => {
    const html = page(file);
    expect(html).toContain(`<html lang="${fixtureLanguage(file)}">`);
    expect(html).toMatch(/<meta property="article:published_time" content="\d{4}-\d\d-\d\dT[\d:]+Z">/u);
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/u);
    const words = (html.match(/<p>[^<]*<\/p>/gu) ?? []).join(' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words.length).toBeGreaterThanOrEqual(120);
    expect(words.length).toBeLessThanOrEqual(300);
  });

  it('gives every canonical URL to one page only', () => {
    const urls = files.map((file) => /rel="canonical" href="([^"]+)"/u.exec(page(file))?.[1]);
    expect(new Set(urls).size).toBe(files.length);
  });
});

describe('the held-out sets written after it', () => {
  const sets = readdirSync(relatedFixturesDir)
    .filter((name) => name.startsWith('held-out-'))
    .sort();
  const pageOf = (set: string, file: string): string =>
    readFileSync(join(relatedFixturesDir, set, 'pages', file), 'utf8');

  it('are the sixty-two the benchmark runs', () => {
    expect(sets).toEqual([
      'held-out-10',
      'held-out-11',
      'held-out-12',
      'held-out-13',
      'held-out-14',
      'held-out-15',
      'held-out-16',
      'held-out-17',
      'held-out-18',
      'held-out-19',
      'held-out-2',
      'held-out-20',
      'held-out-21',
      'held-out-22',
      'held-out-23',
      'held-out-24',
      'held-out-25',
      'held-out-26',
      'held-out-27',
      'held-out-28',
      'held-out-29',
      'held-out-3',
      'held-out-30',
      'held-out-31',
      'held-out-32',
      'held-out-33',
      'held-out-34',
      'held-out-35',
      'held-out-36',
      'held-out-37',
      'held-out-38',
      'held-out-39',
      'held-out-4',
      'held-out-40',
      'held-out-41',
      'held-out-42',
      'held-out-43',
      'held-out-44',
      'held-out-45',
      'held-out-46',
      'held-out-47',
      'held-out-48',
      'held-out-49',
      'held-out-5',
      'held-out-50',
      'held-out-51',
      'held-out-52',
      'held-out-53',
      'held-out-54',
      'held-out-55',
      'held-out-56',
      'held-out-57',
      'held-out-58',
      'held-out-59',
      'held-out-6',
      'held-out-60',
      'held-out-61',
      'held-out-62',
      'held-out-63',
      'held-out-7',
      'held-out-8',
      'held-out-9',
    ]);
  });

  it.each(sets)(
    '%s has a consistent manifest, all held out, and pages that declare language, date and URL',
    (set) => {
      const dir = join(relatedFixturesDir, set);
      const own = readManifest(dir);
      const pages = pageFiles(dir);
      expect(manifestProblems(own, pages)).toEqual([]);
      expect(own.clusters.every((c) => c.heldOut)).toBe(true);
      for (const file of pages) {
        const html = pageOf(set, file);
        expect(html, file).toContain(`<html lang="${fixtureLanguage(file)}">`);
        expect(html, file).toMatch(
          /<meta property="article:published_time" content="\d{4}-\d\d-\d\dT[\d:]+Z">/u,
        );
        expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/u);
      }
    },
  );

  it('gives every canonical URL to one page across all the sets', () => {
    const urls = [
      ...files.map((file) => page(file)),
      ...sets.flatMap((set) => pageFiles(join(relatedFixturesDir, set)).map((file) => pageOf(set, file))),
    ].map((html) => /rel="canonical" href="([^"]+)"/u.exec(html)?.[1]);
    expect(urls.every((url) => url !== undefined)).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('manifest checks and judgements', () => {
  const tiny: RelatedManifest = {
    clusters: [
      { name: 'a', heldOut: false, articles: ['a1', 'a2', 'a3'], notes: '' },
      { name: 'b', heldOut: true, articles: ['b1', 'b2', 'b3'], notes: '' },
    ],
    singletons: ['s'],
    traps: [{ a: 'a1', b: 'b2', why: '' }],
  };

  it('reports a missing page, an unlisted page, a small cluster and a trap on an unknown file', () => {
    const broken: RelatedManifest = {
      clusters: [{ name: 'a', heldOut: false, articles: ['a1', 'a2'], notes: '' }],
      singletons: [],
      traps: [{ a: 'a1', b: 'zz', why: '' }],
    };
    expect(manifestProblems(broken, ['a1', 'extra'])).toEqual([
      'a2 is listed but has no page',
      'extra is in no cluster and no singleton',
      'cluster a has fewer than 3 articles',
      'trap names unknown zz',
    ]);
  });

  it('reads a page language from its file name up to the first hyphen, three-letter codes included', () => {
    expect(fixtureLanguage('en-h55-maldon-barge.html')).toBe('en');
    expect(fixtureLanguage('ceb-h55-olango-walkway.html')).toBe('ceb');
    expect(fixtureLanguage('nohyphen.html')).toBe('');
  });

  it('makes a trap pair every article of one group a trap partner of every article of the other', () => {
    const articles = fixtureArticles(tiny);
    const a3 = articles.find((a) => a.file === 'a3');
    expect([...(a3?.trapPartners ?? [])].sort()).toEqual(['b1', 'b2', 'b3']);
    expect([...(a3?.relevant ?? [])].sort()).toEqual(['a1', 'a2']);
    expect(articles.find((a) => a.file === 's')).toMatchObject({ singleton: true, cluster: null });
    expect(articles.find((a) => a.file === 'b1')?.heldOut).toBe(true);
  });
});
