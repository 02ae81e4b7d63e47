import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/entities/', import.meta.url));
// held-out/ holds articles the suggester was never tuned on, checked the same way as the tuning set.
// held-out-2/ holds a second such set, written after rules were changed in view of the first.
const heldOut = 'held-out';
const heldOut2 = 'held-out-2';
const folders = (dir: string): string[] =>
  readdirSync(join(fixturesDir, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(heldOut))
    .map((entry) => join(dir, entry.name))
    .sort();
const tuning = folders('.');
const slugs = [...tuning, ...folders(heldOut), ...folders(heldOut2)];

interface Annotated {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

function load(slug: string): { text: string; annotated: Annotated[] } {
  return {
    text: readFileSync(join(fixturesDir, slug, 'text.txt'), 'utf8'),
    annotated: JSON.parse(readFileSync(join(fixturesDir, slug, 'entities.json'), 'utf8')) as Annotated[],
  };
}

describe('the annotated entity fixtures', () => {
  it('hold at least 15 English articles of 300–700 words and Russian, German and French ones', () => {
    const english = tuning.filter((slug) => slug.startsWith('en-'));
    const words = english.map((slug) => load(slug).text.split(/\s+/u).filter(Boolean).length);

    expect(english.length).toBeGreaterThanOrEqual(15);
    expect(words.every((count) => count >= 300 && count <= 700)).toBe(true);
    for (const lang of ['ru', 'de', 'fr'])
      expect(tuning.some((slug) => slug.startsWith(`${lang}-`))).toBe(true);
  });

  it('hold at least 8 held-out English articles of 250–700 words, apart from the tuning set', () => {
    const held = slugs.filter((slug) => slug.startsWith(`${heldOut}/en-`));
    const words = held.map((slug) => load(slug).text.split(/\s+/u).filter(Boolean).length);

    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(words.every((count) => count >= 250 && count <= 700)).toBe(true);
  });

  it('hold at least 6 second held-out English articles of 250–700 words', () => {
    const held = slugs.filter((slug) => slug.startsWith(`${heldOut2}/en-`));
    const words = held.map((slug) => load(slug).text.split(/\s+/u).filter(Boolean).length);

    expect(held.length).toBeGreaterThanOrEqual(6);
    expect(words.every((count) => count >= 250 && count <= 700)).toBe(true);
  });

  it.each(slugs)('%s: every annotated form occurs in the text, with a known type, once per file', (slug) => {
    const { text, annotated } = load(slug);
    const seen = new Set<string>();
    for (const entity of annotated) {
      expect(['person', 'organisation', 'place']).toContain(entity.type);
      expect(seen.has(entity.name), `${entity.name} annotated twice`).toBe(false);
      seen.add(entity.name);
      // Russian and German names may be given in the dictionary form the text only declines ("Москва" for "Москве").
      const inflected = slug.startsWith('ru-') || slug.startsWith('de-');
      const forms =
        inflected && !text.includes(entity.name) ? entity.aliases : [entity.name, ...entity.aliases];
      expect(forms.length, `${entity.name} occurs in no form`).toBeGreaterThan(0);
      for (const form of forms) {
        const start = text.indexOf(form);
        expect(start, `"${form}" not in ${slug}/text.txt`).toBeGreaterThanOrEqual(0);
        expect(text.slice(start, start + form.length)).toBe(form);
      }
    }
  });
});
