/** The part of a key press (React's or the DOM's) a single-letter shortcut reads. */
export interface LetterKeyEvent {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * The one rule of the single-letter shortcuts (T, L, and a suggestion's A and D): the letter pressed
 * alone. With Shift, Ctrl, Alt or ⌘ a key is the browser's or the system's (Shift+↓ extends a
 * selection, Shift+letter types a capital), while Caps Lock's capital, with no modifier held, is still
 * the letter.
 */
export function isPlainLetter(event: LetterKeyEvent, letter: string): boolean {
  return (
    !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === letter
  );
}
