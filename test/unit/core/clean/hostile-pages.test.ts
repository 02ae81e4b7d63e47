import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';

// The store-time half of issue 7: what cleaning stores from a hostile page (test/fixtures/hostile)
// has no active content and no address that would load anything.

const hostileDir = join(import.meta.dirname, '../../../fixtures/hostile');
const pages = readdirSync(hostileDir).filter((name) => name.endsWith('.html'));

function clean(name: string) {
  const result = cleanPage({ bytes: readFileSync(join(hostileDir, name)), fileName: name });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

const pollutionKeys = ['polluted', 'polluted2', 'polluted3', 'pollutedCtor', 'isAdmin'];

afterEach(() => {
  // A polluted prototype would leak into every later test of this fork: undo it, after the test failed.
  for (const key of pollutionKeys) Reflect.deleteProperty(Object.prototype, key);
});

describe('cleaning a hostile page', () => {
  it('has a fixture for every attack the test set names', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  it.each(pages)('%s: keeps the article and stores no script, handler, style or loading address', (name) => {
    const page = clean(name);
    expect(page.status).toBe('ok');
    expect(page.html).not.toMatch(
      /<(?:script|style|iframe|frame|object|embed|form|input|svg|math|base|meta|link|video|audio|template)\b/i,
    );
    // Tag-scoped: markup quoted in the text is escaped (&lt;), so every "<" here opens a real element.
    expect(page.html).not.toMatch(
      /<[^>]*\s(?:on[a-z]+|style|srcset|background|poster|ping|action|formaction)\s*=/i,
    );
    expect(page.html).not.toMatch(/<[^>]*(?:javascript|vbscript):/i);
    // Remote images are kept only as a reference for the placeholder, never as an address that loads.
    expect(page.html).not.toMatch(/<[^>]*\ssrc="(?!data:image\/)/i);
    expect(page.text).toMatch(/The archive of the .+ collection was assembled over three winters/);
  });

  it('treats JSON-LD and attributes named __proto__ or constructor as data: no prototype changes', () => {
    const page = clean('prototype-pollution.html');
    const probe: Record<string, unknown> = {};
    for (const key of pollutionKeys) expect(probe[key], key).toBeUndefined();
    expect(page.byline).toBe('Ailsa Reid');
    expect(page.title).toBe('Hostile: Prototype Pollution');
  });

  it('keeps markup in a title or byline as text', () => {
    const page = clean('hostile-metadata.html');
    expect(page.title).toBe('Hostile: <img src=x onerror=alert(1)> Title');
    expect(page.html).not.toContain('<img src="x"');
  });
});
