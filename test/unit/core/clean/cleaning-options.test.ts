import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';
import type { RemovalOptions } from '../../../../main/core/clean/junk-rule.ts';

const bytes = readFileSync(
  new URL('../../../fixtures/articles/space-partnership/source.html', import.meta.url),
);

function clean(options?: RemovalOptions): CleanedPage {
  const result = cleanPage({ bytes, fileName: 'space-partnership.html' }, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('cleaning options', () => {
  it('gives every removal a stable rule:n id, the same on every run', () => {
    const first = clean().removed.map((block) => block.id);

    expect(first).toContain('promo-blocks:0');
    expect(new Set(first).size).toBe(first.length);
    expect(clean().removed.map((block) => block.id)).toEqual(first);
  });

  it('removes nothing for a disabled rule, so its furniture stays in the article', () => {
    const disabled = clean({ disabledRules: ['promo-blocks'] });

    expect(disabled.removed.some((block) => block.rule === 'promo-blocks')).toBe(false);
    expect(disabled.text).toContain('WATCH as Russian Soyuz rocket launches');
    expect(disabled.text).toContain('Relations with US at rock bottom');
    expect(clean().text).not.toContain('WATCH as Russian Soyuz rocket launches');
  });

  it('leaves exactly the kept block in place, after the paragraph it followed, and stops reporting it', () => {
    const kept = clean({ keptBlocks: ['promo-blocks:0'] });

    expect(kept.removed.map((block) => block.id)).not.toContain('promo-blocks:0');
    expect(kept.removed.map((block) => block.id)).toContain('promo-blocks:1');
    expect(kept.text).toContain('WATCH as Russian Soyuz rocket launches');
    expect(kept.text).not.toContain('Relations with US at rock bottom');
    const lines = kept.text.split('\n');
    const promo = lines.findIndex((line) => line.includes('WATCH as Russian Soyuz'));
    expect(lines[promo - 2]).toContain('The extension of the agreement');
    expect(kept.html).not.toContain('data-dossier-kept');
  });

  it('ignores kept ids that name no removal', () => {
    expect(clean({ keptBlocks: ['promo-blocks:99'] }).text).toBe(clean().text);
  });
});
