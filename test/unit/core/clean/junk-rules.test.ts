import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { extractText } from '../../../../main/core/clean/extract-text.ts';
import { runJunkRules, type RemovedBlock } from '../../../../main/core/clean/junk-rule.ts';
import { junkRules } from '../../../../main/core/clean/junk-rules.ts';

function strip(html: string, headline: string | null = null): { text: string; removed: RemovedBlock[] } {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = document.body as unknown as DomElement;
  const removed = runJunkRules(body, junkRules(headline));
  return { text: extractText(body).replace(/\n/g, ' '), removed };
}

describe('junk rules', () => {
  it('drops svg sprites and icon glyphs but keeps an svg chart with text', () => {
    const { text, removed } = strip(
      '<svg><symbol id="i"><title>icon share</title></symbol></svg><svg class="icon"><use href="#i"/></svg><i class="fa fa-share"></i><p>Body</p><svg><text>Chart: 42%</text></svg>',
    );
    expect(text).toBe('Body Chart: 42%');
    expect(removed.map((block) => block.kind)).toEqual(['icon', 'icon', 'icon']);
  });

  it('keeps plain <i> emphasis', () => {
    expect(strip('<p>An <i>italic</i> word</p>').text).toBe('An italic word');
  });

  it('drops the podcast player but keeps the pull quote', () => {
    const { text } = strip(
      '<div class="podcast-player"><span>0:00</span><span>14:40</span></div><blockquote>At 14:40 the sirens started.</blockquote><span>0:00</span>',
    );
    expect(text).toBe('At 14:40 the sirens started.');
  });

  it('keeps a time in a table cell', () => {
    expect(strip('<table><tr><td>Departs</td><td>14:40</td></tr></table>').text).toBe('Departs | 14:40');
  });

  it('drops share bars and prompts but keeps a figure caption that mentions sharing', () => {
    const { text, removed } = strip(
      '<div class="share-bar"><a href="https://twitter.com/intent/tweet?u=x">Tweet</a></div><p>Think your friends would be interested? Share this story!</p><figure><figcaption>Share this story of the flood with us: readers sent 200 photos.</figcaption></figure>',
    );
    expect(text).toBe('Share this story of the flood with us: readers sent 200 photos.');
    expect(new Set(removed.map((block) => block.kind))).toEqual(new Set(['share']));
  });

  it('drops "Also on …" and "READ MORE:" promos but keeps a paragraph that merely mentions reading more', () => {
    const { text } = strip(
      '<div><span>Also on example.com</span> <a href="/x">Another story</a></div><p>READ MORE: <a href="/y">Older story</a></p><p>Readers who want to read more about the dispute can find the full ruling online.</p>',
    );
    expect(text).toBe('Readers who want to read more about the dispute can find the full ruling online.');
  });

  it('drops newsletter boxes but keeps a quote containing "subscribe"', () => {
    const { text, removed } = strip(
      '<div class="newsletter"><p>Sign up for our newsletter</p><form><input type="email"></form></div><p>Subscribe now for weekly dispatches.</p><blockquote><p>Subscribe to nothing you cannot cancel, the regulator said.</p></blockquote>',
    );
    expect(text).toBe('Subscribe to nothing you cannot cancel, the regulator said.');
    expect(removed.every((block) => block.kind === 'newsletter')).toBe(true);
  });

  it('drops the cookie banner but keeps an article paragraph about cookies', () => {
    const { text } = strip(
      '<div id="cookie-notice">We use cookies. <button>OK</button></div><p>The regulator said that websites which use cookies for tracking must ask first, and fined three publishers.</p>',
    );
    expect(text).toBe(
      'The regulator said that websites which use cookies for tracking must ask first, and fined three publishers.',
    );
  });

  it('drops ad slots and "Advertisement" labels but keeps a paragraph about advertising', () => {
    const { text } = strip(
      '<div class="ad-slot"></div><p>Advertisement</p><p>Advertisement spending fell by a fifth last year.</p>',
    );
    expect(text).toBe('Advertisement spending fell by a fifth last year.');
  });

  it('drops a summary that duplicates the headline but keeps the headline and a different dek', () => {
    const { text, removed } = strip(
      '<h1>Russia &amp; US extend space pact</h1><div class="summary">Russia &amp; US extend space pact</div><p class="dek">The agreement now runs to 2030.</p>',
      'Russia & US extend space pact',
    );
    expect(text).toBe('Russia & US extend space pact The agreement now runs to 2030.');
    expect(removed).toEqual([
      {
        id: 'duplicate-headline:0',
        rule: 'duplicate-headline',
        kind: 'duplicate',
        text: 'Russia & US extend space pact',
      },
    ]);
  });
});
