/** What a suggestion's keys do. */
export interface SuggestionActions {
  readonly onLink: () => void;
  readonly onDismiss: () => void;
  /** Focuses the suggestion before or after; false when there is none. */
  readonly onMove: (step: -1 | 1) => boolean;
}

/** The part of a key press the keys read (a React or a DOM keyboard event). */
export interface SuggestionKeyEvent {
  readonly key: string;
  readonly repeat: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
  preventDefault: () => void;
}

/** The keys a suggestion answers to, for `aria-keyshortcuts`: plain keys (a Shift+ would be written). */
export const suggestionShortcuts = 'A D ArrowUp ArrowDown';

/**
 * A / D accept or dismiss the suggestion holding the focus, ↑ / ↓ move between suggestions. Only the
 * plain keys: with Shift, Ctrl, Alt or ⌘ a key is the browser's or the system's (Shift+↓ extends a
 * selection; Shift+D is no second way to dismiss). Caps Lock's capital A is still A.
 */
export function suggestionKeys(event: SuggestionKeyEvent, actions: SuggestionActions): void {
  if (event.defaultPrevented || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
  switch (event.key.length === 1 ? event.key.toLowerCase() : event.key) {
    // Held down, A or D repeats; after a dismissal the next suggestion has the focus, and a repeat
    // would dismiss it too. One press, one action.
    case 'a':
      if (!event.repeat) actions.onLink();
      break;
    case 'd':
      if (!event.repeat) actions.onDismiss();
      break;
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
