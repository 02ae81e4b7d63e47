import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { countTextWords, extractText } from '../../../../main/core/clean/extract-text.ts';
import { runJunkRules } from '../../../../main/core/clean/junk-rule.ts';
import { articleJunkRules, junkRules } from '../../../../main/core/clean/junk-rules.ts';
import { junkLineRule } from '../../../../main/core/clean/text-dump-rules.ts';

function strip(html: string, byline: string | null = null): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = document.body as unknown as DomElement;
  runJunkRules(body, byline === null ? junkRules(null) : articleJunkRules(null, byline));
  return extractText(body).replace(/\n/g, ' / ');
}

describe('junk rules from the vocabulary table', () => {
  it('drops Russian and German ad labels, share labels, promo lead-ins and channel pitches', () => {
    const text = strip(
      '<p>Текст статьи.</p><span>Реклама</span><div><span>Поделиться</span></div><p><strong>Читайте также:</strong> <a href="/x">Другая новость</a></p><p><a href="https://t.me/x">Подписывайтесь на наш канал в Telegram</a></p><p>Anzeige</p><div>Teilen</div><p><strong>Mehr zum Thema:</strong> <a href="/y">Umbau</a></p>',
    );
    expect(text).toBe('Текст статьи.');
  });

  it('keeps prose that merely contains those words', () => {
    const text = strip(
      '<p>Реклама на остановках исчезнет к лету, решили депутаты.</p><p>Teilen Sie Ihre Meinung mit dem Ausschuss, bat die Leiterin.</p><p>Mehr zum Thematisieren gab es nicht.</p>',
    );
    expect(text).toBe(
      'Реклама на остановках исчезнет к лету, решили депутаты. / Teilen Sie Ihre Meinung mit dem Ausschuss, bat die Leiterin. / Mehr zum Thematisieren gab es nicht.',
    );
  });

  it('drops a "Listen to this article · 5 min" button but keeps a sentence about listening', () => {
    expect(
      strip(
        '<button>Listen to this article · 5 min</button><p>Listen to this article by ear and you hear the sea.</p>',
      ),
    ).toBe('Listen to this article by ear and you hear the sea.');
  });

  it('drops Material-icon ligatures and Font Awesome glyphs but keeps the words beside them', () => {
    expect(
      strip(
        '<p><span class="material-icons">bookmark_border</span><span class="material-icons-outlined">more_vert</span><i class="fa fa-print"></i> Print edition sold out</p>',
      ),
    ).toBe('Print edition sold out');
  });
});

describe('author bios, repeated blocks and bylines', () => {
  it('drops an author-bio box but keeps a paragraph about an author', () => {
    expect(
      strip(
        '<div class="author-bio"><p>Clara Voss is a columnist.</p><a href="/a">More by this author</a></div><p>The author-bio genre, Voss wrote, is a small art.</p>',
      ),
    ).toBe('The author-bio genre, Voss wrote, is a small art.');
  });

  it('drops a summary block that repeats an earlier paragraph but keeps repeated prose', () => {
    expect(
      strip(
        '<p>For 31 years she steered the night crossing.</p><p>Yes.</p><p class="summary">For 31 years she steered the night crossing.</p><p>Yes.</p><p>For 31 years she steered the night crossing.</p>',
      ),
    ).toBe(
      'For 31 years she steered the night crossing. / Yes. / Yes. / For 31 years she steered the night crossing.',
    );
  });

  it('drops a "name + date" line for the byline but keeps a sentence that starts with the name', () => {
    expect(
      strip(
        '<div>Ruth Okafor Feb 9, 2025</div><p>Ruth Okafor wrote 14 posts in 2024 about paper lists.</p>',
        'Ruth Okafor',
      ),
    ).toBe('Ruth Okafor wrote 14 posts in 2024 about paper lists.');
  });
});

describe('status lines', () => {
  it('drops "LIVE Updated 2 minutes ago" and a one-word kicker but keeps prose about an update and a long kicker-classed line', () => {
    expect(
      strip(
        '<div class="live-status"><span>LIVE</span> <span>Updated 2 minutes ago</span></div><p class="kicker">Opinion</p><p>The council updated the plan two minutes ago, a spokesman said.</p><p class="kicker">How a small town kept its library open six days a week</p>',
      ),
    ).toBe(
      'The council updated the plan two minutes ago, a spokesman said. / How a small town kept its library open six days a week',
    );
  });
});

describe('pull quotes', () => {
  it('unwraps a pull quote from its aside so Readability keeps it, but leaves a link sidebar alone', () => {
    const { document } = parseHTML(
      '<html><body><aside class="pullquote"><blockquote><p>Time did not count out there.</p></blockquote></aside><aside><a href="/x">Archive</a> <a href="/y">Contact</a></aside></body></html>',
    );
    const body = document.body as unknown as DomElement;
    runJunkRules(body, junkRules(null));
    expect(body.querySelectorAll('aside').length).toBe(1);
    expect(body.querySelector('blockquote')?.textContent).toBe('Time did not count out there.');
  });
});

describe('text-dump navigation and listen lines', () => {
  it('drops "Listen to this article · 5 min" and navigation labels but keeps a line about a menu', () => {
    expect(junkLineRule('Listen to this article · 5 min', null)).toBe('media-label');
    expect(junkLineRule('Skip to main content', null)).toBe('navigation-label');
    expect(junkLineRule('The menu changes every week.', null)).toBeNull();
    expect(junkLineRule('By Elin Marsh', null)).toBe('byline');
    expect(junkLineRule('By the end of March the colony had grown.', null)).toBeNull();
  });
});

describe('countTextWords', () => {
  it('counts Japanese and Chinese words with the segmenter, and spaced words by whitespace', () => {
    expect(countTextWords('百年前に建てられた木造の駅舎が修復を終えました。')).toBeGreaterThanOrEqual(8);
    expect(countTextWords('北京欢迎你')).toBeGreaterThanOrEqual(2);
    expect(countTextWords('Night buses — 40 minutes')).toBe(4);
  });
});
