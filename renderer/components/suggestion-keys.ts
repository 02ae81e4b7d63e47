import { isPlainLetter, type LetterKeyEvent } from '../hooks/plain-letter.ts';

/** What a suggestion's keys do. */
export interface SuggestionActions {
  readonly onLink: () => void;
  readonly onDismiss: () => void;
  /** Focuses the suggestion before or after; false when there is none. */
  readonly onMove: (step: -1 | 1) => boolean;
}

/** The part of a key press the keys read (a React or a DOM keyboard event). */
export interface SuggestionKeyEvent extends LetterKeyEvent {
  readonly repeat: boolean;
  readonly defaultPrevented: boolean;
  preventDefault: () => void;
}

/** The keys a suggestion answers to, for `aria-keyshortcuts`: plain keys (a Shift+ would be written). */
export const suggestionShortcuts = 'A D ArrowUp ArrowDown';

/**
 * A / D accept or dismiss the suggestion holding the focus, ↑ / ↓ move between suggestions. Only the
 * plain keys, by the rule of every single-letter shortcut (plain-letter.ts): with Shift, Ctrl, Alt or
 * ⌘ a key is the browser's or the system's (Shift+↓ extends a selection). Caps Lock's A is still A.
 */
export function suggestionKeys(event: SuggestionKeyEvent, actions: SuggestionActions): void {
  if (event.defaultPrevented || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
  // Held down, A or D repeats; after a dismissal the next suggestion has the focus, and a repeat
  // would dismiss it too. One press, one action.
  if (isPlainLetter(event, 'a')) {
    if (!event.repeat) actions.onLink();
  } else if (isPlainLetter(event, 'd')) {
    if (!event.repeat) actions.onDismiss();
  } else
    switch (event.key) {
      // Past the first or the last, ↑/↓ are left to the browser: they scroll the reader, as elsewhere.
      case 'ArrowDown':
        if (!actions.onMove(1)) return;
        break;
      case 'ArrowUp':
        if (!actions.onMove(-1)) return;
        break;
      default:
        return;
    }
  // Handled: the window's own keys (the list's ↑/↓, L) leave it alone.
  event.preventDefault();
}
