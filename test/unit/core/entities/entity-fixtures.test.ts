import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/entities/', import.meta.url));
const slugs = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

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
    const english = slugs.filter((slug) => slug.startsWith('en-'));
    const words = english.map((slug) => load(slug).text.split(/\s+/u).filter(Boolean).length);

    expect(english.length).toBeGreaterThanOrEqual(15);
    expect(words.every((count) => count >= 300 && count <= 700)).toBe(true);
    for (const lang of ['ru', 'de', 'fr'])
      expect(slugs.some((slug) => slug.startsWith(`${lang}-`))).toBe(true);
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
