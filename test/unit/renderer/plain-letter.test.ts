import { describe, expect, it } from 'vitest';
import { suggestionKeys } from '../../../renderer/components/suggestion-keys.ts';
import { isPlainLetter, type LetterKeyEvent } from '../../../renderer/hooks/plain-letter.ts';

const press = (key: string, held: Partial<LetterKeyEvent> = {}): LetterKeyEvent => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...held,
});

/** What a suggestion does with the key press. */
function onSuggestion(event: LetterKeyEvent): string {
  let done = 'nothing';
  suggestionKeys(
    { ...event, repeat: false, defaultPrevented: false, preventDefault: () => undefined },
    {
      onLink: () => (done = 'link'),
      onDismiss: () => (done = 'dismiss'),
      onMove: () => true,
    },
  );
  return done;
}

describe('the single-letter shortcuts', () => {
  it.each(['t', 'l', 'a', 'd'])('take %s pressed alone, and its Caps Lock capital', (letter) => {
    expect(isPlainLetter(press(letter), letter)).toBe(true);
    expect(isPlainLetter(press(letter.toUpperCase()), letter)).toBe(true);
  });

  it.each(['t', 'l', 'a', 'd'])('leave %s with Shift, Ctrl, Alt or ⌘ to the browser', (letter) => {
    const capital = letter.toUpperCase();
    expect(isPlainLetter(press(capital, { shiftKey: true }), letter)).toBe(false);
    // Caps Lock and Shift together type the small letter.
    expect(isPlainLetter(press(letter, { shiftKey: true }), letter)).toBe(false);
    expect(isPlainLetter(press(letter, { ctrlKey: true }), letter)).toBe(false);
    expect(isPlainLetter(press(letter, { altKey: true }), letter)).toBe(false);
    expect(isPlainLetter(press(letter, { metaKey: true }), letter)).toBe(false);
  });

  it('takes no other key for the letter', () => {
    expect(isPlainLetter(press('Tab'), 't')).toBe(false);
    expect(isPlainLetter(press('y'), 't')).toBe(false);
  });

  it("answers a suggestion's A and D by the same rule", () => {
    expect([press('a'), press('A'), press('A', { shiftKey: true })].map(onSuggestion)).toEqual([
      'link',
      'link',
      'nothing',
    ]);
    expect([press('d'), press('D'), press('D', { shiftKey: true })].map(onSuggestion)).toEqual([
      'dismiss',
      'dismiss',
      'nothing',
    ]);
  });
});
