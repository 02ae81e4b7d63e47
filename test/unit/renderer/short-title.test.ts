import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../../renderer/components/short-title.ts';

describe('a title quoted in a one-line message', () => {
  it('keeps a short title whole', () => {
    expect(shortTitle('The Last Keepers of Skerryvore')).toBe('The Last Keepers of Skerryvore');
  });

  it('cuts a long title at a word break within the limit, with an ellipsis', () => {
    const title = 'Man killed by falling tree in Truro as Marlow leaves 38,000 homes without power';
    expect(shortTitle(title)).toBe('Man killed by falling tree in Truro as Marlow leaves 38,000…');
  });

  it('cuts a title of one long word inside it, never splitting a character', () => {
    expect(shortTitle('𝔸'.repeat(80), 10)).toBe(`${'𝔸'.repeat(9)}…`);
  });

  it('counts an accented letter written as two code points as one character', () => {
    expect(shortTitle('e\u0301'.repeat(12), 10)).toBe(`${'e\u0301'.repeat(9)}…`);
  });

  it('names an empty title Untitled', () => {
    expect(shortTitle('  ')).toBe('Untitled');
  });
});
