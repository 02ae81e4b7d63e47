import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { lakeName } from '../../../../main/core/related/finnish-lake.ts';

// Round 36 (issue 6): held-out-30's Finnish follow-up names "Inarijärven kelkkaturmasta" (of Lake
// Inari's snowmobile accident) and the English report "Lake Inari"; the two met only on one person.

describe('a Finnish or Estonian lake name', () => {
  it('is read as "Lake <name>" in any case Finnish puts it in', () => {
    for (const name of ['Inarijärvi', 'Inarijärven', 'Inarijärvellä', 'Inarijärvelle', 'Inarijärvestä'])
      expect(lakeName(name), name).toBe('Lake Inari');
    expect(lakeName('Lake Oulujärvi')).toBe('Lake Oulu');
    expect(lakeName('Peipsi järvel')).toBe('Lake Peipsi');
  });

  it('is keyed as the lake an English article names', () => {
    expect(entityKey('Inarijärven', 'other')).toBe(entityKey('Lake Inari', 'place'));
    expect(entityKey('Oulujärvellä', 'other')).toBe(entityKey('Lake Oulu', 'place'));
    expect(entityKey('Inarijärven', 'other')).not.toBe(entityKey('Lake Oulu', 'place'));
  });

  it('leaves other names alone: an English lake, the word alone, a person whose surname ends in -järvi', () => {
    expect(lakeName('Lake Inari')).toBeUndefined();
    expect(lakeName('Järvi')).toBeUndefined();
    expect(lakeName('Inari')).toBeUndefined();
    expect(entityKey('Kaarlo Hakojärvi', 'person')).toBe(entityKey('Hakojärvi', 'person'));
    expect(entityKey('Kaarlo Hakojärvi', 'person')).toMatch(/^e:p:/u);
  });
});
