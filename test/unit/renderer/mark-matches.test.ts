// @vitest-environment jsdom
// jsdom stands in for the reader frame's document, whose text nodes the renderer marks.
import { describe, expect, it } from 'vitest';
import { clearMarks, markWords } from '../../../renderer/components/mark-matches.ts';

function documentWith(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('marking matched words in the reader', () => {
  it('marks whole words with exactly the given surface forms, in document order', () => {
    const doc = documentWith('<p>The Café and the cafeteria.</p><p>A café, <em>Café</em> again.</p>');

    const marks = markWords(doc, ['Café', 'café']);

    expect(marks.map((mark) => mark.textContent)).toEqual(['Café', 'café', 'Café']);
    expect(doc.body.textContent).toBe('The Café and the cafeteria.A café, Café again.');
    expect(doc.querySelectorAll('mark.dossier-match')).toHaveLength(3);
  });

  it('leaves the page’s own marks and styles alone, and clearing restores the text', () => {
    const html = '<p>Moraine <mark>moraine</mark></p><style>.moraine{}</style>';
    const doc = documentWith(html);

    expect(markWords(doc, ['Moraine', 'moraine'])).toHaveLength(1);
    clearMarks(doc);

    expect(doc.body.innerHTML).toBe(html);
    expect(doc.querySelector('p')?.childNodes).toHaveLength(2);
  });

  it('marks nothing for no words', () => {
    const doc = documentWith('<p>text</p>');

    expect(markWords(doc, [])).toEqual([]);
    expect(doc.body.innerHTML).toBe('<p>text</p>');
  });
});
