import { describe, expect, it } from 'vitest';
import { sizeInWords, tooLargeMessage } from '../../../../main/core/import/size-words.ts';

const limit = 50 * 1024 * 1024;

describe('file sizes in words', () => {
  it('says bytes under a megabyte and megabytes above, rounded up to a tenth', () => {
    expect(sizeInWords(812)).toBe('812 bytes');
    expect(sizeInWords(limit)).toBe('50 MB');
    expect(sizeInWords(64_300_000)).toBe('61.4 MB');
  });

  it('never reads a file just over the limit as the limit itself', () => {
    expect(tooLargeMessage('x.html', limit + 1, limit)).toBe(
      'x.html is 50.1 MB, over the 50 MB limit per file',
    );
  });
});
