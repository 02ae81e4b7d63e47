import { describe, expect, it } from 'vitest';
import {
  fingerprintDistance,
  maxVersionDistance,
  textFingerprint,
} from '../../../../main/core/links/text-fingerprint.ts';
import { otherStory, wireStory } from './story-texts.ts';

function fingerprint(text: string): string {
  const value = textFingerprint(text);
  if (value === null) throw new Error('expected a fingerprint');
  return value;
}

describe('textFingerprint', () => {
  it('is 16 hex digits and the same for the same text', () => {
    expect(fingerprint(wireStory)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(wireStory)).toBe(fingerprint(wireStory));
  });

  it('ignores case, punctuation and line breaks', () => {
    const reflowed = wireStory.toUpperCase().replaceAll('\n', ' ').replaceAll(',', ' ;');
    expect(fingerprintDistance(fingerprint(wireStory), fingerprint(reflowed))).toBe(0);
  });

  it('gives null for a text too short to tell', () => {
    expect(textFingerprint('A short notice about the harbour.')).toBeNull();
  });

  it('puts a copy with a different headline and an extra line within the version distance', () => {
    const syndicated = `Storm surge held back by new gates\n${wireStory}\nReporting by the wire service.`;
    const distance = fingerprintDistance(fingerprint(wireStory), fingerprint(syndicated));
    expect(distance).toBeLessThanOrEqual(maxVersionDistance);
  });

  it('puts a different story on the same topic beyond the version distance', () => {
    const distance = fingerprintDistance(fingerprint(wireStory), fingerprint(otherStory));
    expect(distance).toBeGreaterThan(maxVersionDistance);
  });
});

describe('fingerprintDistance', () => {
  it('counts differing bits across both halves', () => {
    expect(fingerprintDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(fingerprintDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(fingerprintDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
  });
});
