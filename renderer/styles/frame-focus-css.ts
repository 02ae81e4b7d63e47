/**
 * A keyboard focus ring for a reader frame whose body is its Tab stop (the article to scroll with the
 * keys). The frame's own element never matches :focus-visible in the window, so the ring is drawn
 * inside, fixed to the frame's edges so that it stays on screen while the page scrolls under it.
 */
export const frameFocusCss = `
body:focus-visible { outline: none !important; }
body:focus-visible::after {
  content: '' !important;
  position: fixed !important;
  inset: 0 !important;
  border: 2px solid #1a66d2 !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
}
@media (prefers-color-scheme: dark) { body:focus-visible::after { border-color: #7fb0ff !important; } }
`;
