import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';

// Round 52: held-out-47's Quechua report writes the river Apurimaq, its English partners Apurímac, and
// the two names were keyed apart (no shared entity). Quechua and Arabic romanisations write q where
// Spanish and English write c or k: q is k in a name's key, and so is a c ending a word.

describe('a name spelt with q, c or k for one k sound', () => {
  it('is keyed the same in Quechua and Spanish spellings', () => {
    expect(entityKey('Apurimaq', 'place')).toBe(entityKey('Apurímac', 'place'));
  });

  it('is keyed the same with q or k inside a word', () => {
    expect(entityKey('Qalandiya', 'place')).toBe(entityKey('Kalandiya', 'place'));
  });

  it('keeps a c that opens or runs inside a word, which is often an s or a ch', () => {
    expect(entityKey('Celaya', 'place')).not.toBe(entityKey('Kelaya', 'place'));
    expect(entityKey('Macerata', 'place')).not.toBe(entityKey('Makerata', 'place'));
  });

  it('keeps a soft c before a final vowel: Peace is not Peak, Lace not Lake', () => {
    expect(entityKey('Peace', 'organisation')).not.toBe(entityKey('Peak', 'organisation'));
    expect(entityKey('Lace', 'other')).not.toBe(entityKey('Lake', 'other'));
    expect(entityKey('Space Force', 'organisation')).not.toBe(entityKey('Spake Fork', 'organisation'));
  });

  it("keeps pinyin's q before i or u: Qing is not King", () => {
    expect(entityKey('Qing', 'other')).not.toBe(entityKey('King', 'other'));
    expect(entityKey('Quang', 'place')).not.toBe(entityKey('Kuang', 'place'));
  });
});
