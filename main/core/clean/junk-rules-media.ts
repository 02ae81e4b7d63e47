import { findByText, findByVocabulary, removeElements, type JunkRule } from './junk-rule.ts';
import { elementsByTags, insideContentContext, textOf } from './junk-rule-scan.ts';
import { listenPrompts, phrasePattern } from './junk-vocabulary.ts';

// Icons and media players: markup that only means something with CSS and script.

const iconClass =
  /(?:^|\s)(?:fa[srlbd]?|fa-[\w-]+|glyphicon[\w-]*|icon[\w-]*|[\w-]+-icon|material-icons[\w-]*|bi-[\w-]+)(?:\s|$)/;
const playerVocabulary = /(?:^|[\s_-])(?:player|audio|podcasts?|jwplayer|video-js|vjs)(?:$|[\s_-])/;
const listenPrompt = phrasePattern(listenPrompts, false);
const timecode = /^\d{1,2}:\d{1,2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{1,2}(?::\d{2})?)?$/;

/** Removes SVG sprites and icons (symbols, <use> references, "icon …" titles, aria-hidden) but keeps SVG with text (charts). */
export const svgIconRule: JunkRule = {
  name: 'svg-icons',
  kind: 'icon',
  remove(root, context) {
    const icons = elementsByTags(root, 'svg').filter((svg) => {
      const title = svg.querySelector('title')?.textContent?.trim().toLowerCase() ?? '';
      const isDecorative =
        svg.getAttribute('aria-hidden') === 'true' || iconClass.test(svg.getAttribute('class') ?? '');
      return (
        svg.querySelector('symbol, use') !== null ||
        title.startsWith('icon') ||
        isDecorative ||
        svg.querySelector('text') === null
      );
    });
    return removeElements(this, root, icons, context);
  },
};

/** Removes icon-font glyphs (<i class="fa fa-share">, <span class="icon-…">) that carry at most a ligature word. */
export const iconFontRule: JunkRule = {
  name: 'icon-fonts',
  kind: 'icon',
  remove(root, context) {
    const glyphs = elementsByTags(root, 'i, span').filter(
      (element) =>
        element.hasAttribute('class') &&
        iconClass.test(element.getAttribute('class') ?? '') &&
        element.children.length === 0 &&
        (element.textContent ?? '').trim().length <= 30,
    );
    return removeElements(this, root, glyphs, context);
  },
};

/** Removes <audio>/<video> and audio, video and podcast player widgets. */
export const playerRule: JunkRule = {
  name: 'media-players',
  kind: 'player',
  remove(root, context) {
    const players = [
      ...elementsByTags(root, 'audio, video'),
      ...findByVocabulary(root, playerVocabulary, 40),
      // "Listen to this article · 5 min": a text-to-speech button, whatever its markup.
      ...findByText(root, 'p, div, span, button, a, small', listenPrompt, 10),
    ];
    return removeElements(this, root, players, context);
  },
};

/** Removes bare timecodes ("0:00", "14:40 / 52:10") left by players, but not times in tables or quotes. */
export const timecodeRule: JunkRule = {
  name: 'bare-timecodes',
  kind: 'player',
  remove(root, context) {
    const leaves = elementsByTags(root, 'span, div, p, time, li, small').filter(
      (element) =>
        element.children.length === 0 &&
        timecode.test(textOf(element).trim()) &&
        !insideContentContext(element),
    );
    return removeElements(this, root, leaves, context);
  },
};
