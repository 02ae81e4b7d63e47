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
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
  preventDefault: () => void;
}

/** The keys a suggestion answers to, for `aria-keyshortcuts`. */
export const suggestionShortcuts = 'A D ArrowUp ArrowDown';

/** A / D accept or dismiss the suggestion holding the focus, ↑ / ↓ move between suggestions. */
export function suggestionKeys(event: SuggestionKeyEvent, actions: SuggestionActions): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
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
