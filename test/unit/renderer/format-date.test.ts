import { describe, expect, it } from 'vitest';
import { formatDate, listDate } from '../../../renderer/components/format-date.ts';

const added = '2026-11-20T10:00:00Z';

describe('the date a list shows for an article', () => {
  it('is the published date, unlabelled, when the page declares one', () => {
    const article = {
      publishedTime: '2024-01-02T00:00:00Z',
      undatedCapturedAt: '2024-03-05T09:30:00Z',
      addedAt: added,
    };
    expect(listDate(article)).toBe(formatDate('2024-01-02T00:00:00Z'));
  });

  it('is the capture date, labelled as such, when there is no published date (as date filters read it)', () => {
    const article = { publishedTime: null, undatedCapturedAt: '2024-03-05T09:30:00Z', addedAt: added };
    expect(listDate(article)).toBe(`Captured ${formatDate('2024-03-05T09:30:00Z') ?? ''}`);
  });

  it('is the date it was added, labelled, when the page has neither', () => {
    expect(listDate({ publishedTime: null, undatedCapturedAt: null, addedAt: added })).toBe(
      `Added ${formatDate(added) ?? ''}`,
    );
    expect(listDate({ publishedTime: 'soon', undatedCapturedAt: 'unknown', addedAt: added })).toBe(
      `Added ${formatDate(added) ?? ''}`,
    );
  });
});
