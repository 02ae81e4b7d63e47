import { describe, expect, it } from 'vitest';
import { megabytes } from '../../../main/shared/byte-sizes.ts';

describe('megabytes', () => {
  it('shows one decimal', () => {
    expect(megabytes(1_572_864)).toBe('1.5 MB');
    expect(megabytes(0)).toBe('0.0 MB');
  });

  it('groups thousands so a large database reads at a glance', () => {
    expect(megabytes(2_409_000_000)).toBe('2,297.4 MB');
  });

  it('rounds a need up, so that it never reads as what is free when it is more', () => {
    expect(megabytes(10_527_703, 'up')).toBe('10.1 MB');
    expect(megabytes(10_527_703)).toBe('10.0 MB');
    expect(megabytes(1_048_576, 'up')).toBe('1.0 MB');
  });
});
