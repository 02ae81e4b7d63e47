// @vitest-environment jsdom
// jsdom stands in for the reader frame's document, whose text nodes the renderer wraps.
import { describe, expect, it } from 'vitest';
import type { EntityMentionView } from '../../../main/shared/entity-types.ts';
import { toEntityId, toMentionId } from '../../../main/shared/ids.ts';
import { clearEntityMarks, entityColour, markEntities } from '../../../renderer/components/mark-entities.ts';
import { markWords } from '../../../renderer/components/mark-matches.ts';
import { rangeToText } from '../../../renderer/components/selection-offsets.ts';

function documentWith(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><head></head><body>${html}</body>`, 'text/html');
}

let nextId = 1;
function mention(
  text: string,
  source: string,
  at: number,
  extra: Partial<EntityMentionView> = {},
): EntityMentionView {
  const start = source.indexOf(text, at);
  nextId += 1;
  return {
    id: toMentionId(nextId),
    entityId: toEntityId(extra.entityId ?? 7),
    name: text,
    type: 'person',
    colour: null,
    start,
    end: start + text.length,
    text,
    madeBy: 'person',
    unplaced: false,
    ...extra,
  };
}

function highlighted(doc: Document): string[] {
  const byMention = new Map<string, string>();
  for (const span of doc.querySelectorAll<HTMLElement>('span.dossier-entity')) {
    const id = span.dataset.mentionId ?? '';
    byMention.set(id, (byMention.get(id) ?? '') + span.textContent);
  }
  return [...byMention.values()];
}

describe('highlighting entity mentions in the reader', () => {
  it('finds each mention at its own occurrence despite different whitespace and markup', () => {
    const html = '<h1>Ann  Lee</h1>\n<p>Then <b>Ann</b>\n  Lee met Bob.</p>';
    const text = 'Ann Lee\nThen Ann Lee met Bob.';
    const doc = documentWith(html);

    const placed = markEntities(doc, text, [mention('Ann Lee', text, 5), mention('Bob', text, 0)]);

    expect(placed.map((m) => m.text)).toEqual(['Ann Lee', 'Bob']);
    expect(highlighted(doc)).toEqual(['AnnLee', 'Bob']);
    expect(doc.querySelector('h1 span')).toBeNull();
  });

  it('follows the drift when the text has characters the page lacks (table cells)', () => {
    const text = 'a | b\nPat and Pat';
    const doc = documentWith('<table><tr><td>a</td><td>b</td></tr></table><p>Pat and Pat</p>');

    markEntities(doc, text, [mention('Pat', text, 12)]);

    expect(doc.querySelector('p')?.innerHTML).toBe(
      'Pat and <span class="dossier-entity" data-entity-id="7" data-mention-id="' +
        String(nextId) +
        '" data-type="person" title="Pat (person)" tabindex="0" role="button" style="--entity: #2f6fd6;">Pat</span>',
    );
  });

  it('skips unplaced mentions and words that are not in the page', () => {
    const text = 'Zed is here.';
    const doc = documentWith('<p>Zed is here.</p>');

    const placed = markEntities(doc, text, [
      mention('Zed', text, 0, { unplaced: true }),
      { ...mention('here', text, 0), text: 'gone' },
    ]);

    expect(placed).toEqual([]);
    expect(doc.querySelectorAll('span.dossier-entity')).toHaveLength(0);
  });

  it('clears back to the original text, keeping search marks made inside highlights', () => {
    const text = 'Rome and Paris';
    const doc = documentWith('<p>Rome and Paris</p>');
    markEntities(doc, text, [mention('Rome', text, 0)]);
    markWords(doc, ['Rome']);

    clearEntityMarks(doc);

    expect(doc.querySelector('p')?.innerHTML).toBe('<mark class="dossier-match">Rome</mark> and Paris');
  });

  it('colours by the entity’s own colour, else its type, with one colour for user-defined types', () => {
    expect(entityColour('place', '#123456')).toBe('#123456');
    expect(entityColour('place', null)).toBe('#c46a12');
    expect(entityColour('ship', null)).toBe(entityColour('vessel', 'nonsense'));
  });
});

describe('mapping a selection back into the article text', () => {
  it('gives the offsets of the selected occurrence, not an earlier one', () => {
    const text = 'May said no.\nIn May, May left.';
    const doc = documentWith('<p>May said no.</p>\n<p>In May,  <i>May</i> left.</p>');
    const range = doc.createRange();
    const italic = doc.querySelector('i')?.firstChild as Text;
    range.setStart(italic, 0);
    range.setEnd(italic, 3);

    const mapped = rangeToText(doc, text, range);

    expect(mapped).toEqual({ ok: true, value: { start: 21, end: 24, text: 'May' } });
  });

  it('trims surrounding spaces and spans elements', () => {
    const text = 'The Bank of England said.';
    const doc = documentWith('<p>The <a>Bank</a> of England said.</p>');
    const range = doc.createRange();
    range.setStart(doc.querySelector('p')?.firstChild as Text, 3);
    range.setEnd(doc.querySelector('p')?.lastChild as Text, 11);

    expect(rangeToText(doc, text, range)).toEqual({
      ok: true,
      value: { start: 4, end: 19, text: 'Bank of England' },
    });
  });

  it('fails clearly on an empty selection or words the text does not hold', () => {
    const doc = documentWith('<p>Only here</p><span class="image-placeholder">Image not saved</span>');
    const empty = doc.createRange();
    const placeholder = doc.createRange();
    placeholder.selectNodeContents(doc.querySelector('span') as Element);

    expect(rangeToText(doc, 'Only here', empty)).toEqual({ ok: false, problem: 'empty' });
    expect(rangeToText(doc, 'Only here', placeholder)).toEqual({ ok: false, problem: 'not-in-text' });
  });
});

describe('marking a frame mid-navigation', () => {
  it('marks nothing and does not throw in a document that has no head or body yet', () => {
    const doc = documentWith('<p>Amina Diallo spoke.</p>');
    doc.documentElement.replaceChildren();
    const source = 'Amina Diallo spoke.';

    expect(markEntities(doc, source, [mention('Amina Diallo', source, 0)])).toEqual([]);
  });
});
