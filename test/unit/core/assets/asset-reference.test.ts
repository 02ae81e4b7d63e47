import { describe, expect, it } from 'vitest';
import { assetReferenceKey, assetReferenceKeys } from '../../../../main/core/assets/asset-reference.ts';

describe('normalising image references', () => {
  it('normalises relative paths: ./, %-escapes, backslashes, query and fragment', () => {
    expect(assetReferenceKey('./page_files/photo%20one.jpg?v=2#x')).toBe('page_files/photo one.jpg');
    expect(assetReferenceKey('page_files\\sub\\..\\a.png')).toBe('page_files/a.png');
  });

  it('refuses paths that climb out of the page folder, absolute paths and script URLs', () => {
    expect(assetReferenceKey('../secret.png')).toBeNull();
    expect(assetReferenceKey('page_files/../../etc/passwd')).toBeNull();
    expect(assetReferenceKey('/etc/passwd')).toBeNull();
    expect(assetReferenceKey('javascript:alert(1)')).toBeNull();
  });

  it('keeps remote URLs absolute without their fragment, and resolves relative ones against the page URL too', () => {
    expect(assetReferenceKey('//cdn.example/a.jpg#top')).toBe('https://cdn.example/a.jpg');
    expect(assetReferenceKeys('img/a.jpg', 'https://news.example/story/')).toEqual([
      'img/a.jpg',
      'https://news.example/story/img/a.jpg',
    ]);
  });
});
