/**
 * The reader stylesheet, inlined into the clean article's srcdoc (the frame may load
 * nothing, so it cannot link to a file). Its measure and type match the header in app.css.
 */
export const readerFrameCss = `
:root {
  color-scheme: light dark;
  --ink: #1f1d1a;
  --muted: #6b645a;
  --paper: #fbfaf7;
  --rule: #e4dfd5;
  --link: #8a3b12;
  --code-bg: #f1ede4;
  --mark: #ffe8a3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e1d8;
    --muted: #a39b8f;
    --paper: #1c1b19;
    --rule: #3a3732;
    --link: #f0a77a;
    --code-bg: #2a2825;
    --mark: #6b5518;
  }
}
html { background: var(--paper); color: var(--ink); -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto;
  padding: 0 0 4rem;
  max-width: 65ch;
  font-family: Charter, 'Bitstream Charter', 'Iowan Old Style', 'Palatino Linotype', 'Source Serif 4', Georgia,
    'Noto Serif', 'DejaVu Serif', serif;
  font-size: 19px;
  line-height: 1.65;
  overflow-wrap: break-word;
  hyphens: auto;
  text-rendering: optimizeLegibility;
  font-kerning: normal;
}
p, ul, ol, dl, blockquote, pre, figure, table { margin: 0 0 1.1em; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.8em 0 0.6em; font-weight: 700; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; } h4, h5, h6 { font-size: 1em; }
body > :first-child, article > :first-child, div > :first-child { margin-top: 0; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
img, video, svg, picture { max-width: 100%; height: auto; }
figure { margin-inline: 0; }
figcaption { color: var(--muted); font-size: 0.85em; line-height: 1.45; margin-top: 0.4em; }
blockquote { margin-inline: 0; padding-inline-start: 1.1em; border-inline-start: 3px solid var(--rule); color: var(--muted); font-style: italic; }
ul, ol { padding-inline-start: 1.4em; }
li + li { margin-top: 0.3em; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
code, kbd, samp, pre { font-family: ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.85em; }
code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: var(--code-bg); padding: 0.9em 1em; overflow-x: auto; border-radius: 6px; line-height: 1.45; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.9em; }
th, td { border: 1px solid var(--rule); padding: 0.35em 0.6em; text-align: start; vertical-align: top; }
mark { background: var(--mark); color: inherit; }
mark.dossier-match.is-current { outline: 2px solid var(--link); outline-offset: 1px; }
`;
