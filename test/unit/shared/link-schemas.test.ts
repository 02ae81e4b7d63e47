import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../main/shared/schemas.ts';

describe('the link request schemas', () => {
  it('trim a link type and turn a blank note into none', () => {
    const parsed = requestSchemas.addArticleLink.parse({
      sourceId: 1,
      targetId: 2,
      type: ' quotes ',
      note: '  ',
    });

    expect(parsed).toEqual({ sourceId: 1, targetId: 2, type: 'quotes', note: null });
  });

  it.each([
    ['a type over 40 characters', { sourceId: 1, targetId: 2, type: 'x'.repeat(41) }],
    ['a blank type', { sourceId: 1, targetId: 2, type: '   ' }],
    ['a type on two lines', { sourceId: 1, targetId: 2, type: 'a\nb' }],
    ['an unknown maker', { sourceId: 1, targetId: 2, type: 'related', madeBy: 'robot' }],
    ['an extra field', { sourceId: 1, targetId: 2, type: 'related', weight: 3 }],
  ])('refuse %s', (_name, request) => {
    expect(requestSchemas.addArticleLink.safeParse(request).success).toBe(false);
  });

  it('accept a removed link back as it was answered, and refuse one with an unreadable date', () => {
    const link = {
      id: 4,
      sourceId: 1,
      targetId: 2,
      type: 'follow-up',
      note: null,
      madeBy: 'person',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    };

    expect(requestSchemas.restoreArticleLink.safeParse({ link }).success).toBe(true);
    expect(
      requestSchemas.restoreArticleLink.safeParse({ link: { ...link, createdAt: 'yesterday' } }).success,
    ).toBe(false);
  });
});
