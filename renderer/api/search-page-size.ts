/**
 * Hits per search request: two screenfuls at once, further pages as the list is scrolled. Every
 * keystroke pays for this many summaries, text heads and snippets, so it is kept to what is seen
 * first (it was 40: half of those were never on screen before the next keystroke replaced them).
 */
export const searchPageSize = 20;
