import { describe, expect, it } from 'vitest';
import {
  checkDomLimits,
  defaultDomLimits,
  measureDom,
} from '../../../../main/core/clean/check-dom-limits.ts';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { parseDocument } from '../../../../main/core/clean/parse-document.ts';

function parse(html: string) {
  const parsed = parseDocument(html, 'page.html');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const nested = (depth: number): string =>
  `<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;

describe('the DOM limits of a page', () => {
  it('counts every node and the deepest nesting of a document', () => {
    // html > head, body > p > (text, b > text): 7 nodes; the text in <b> is at depth 5.
    const size = measureDom(parse('<html><head></head><body><p>One <b>two</b></p></body></html>'));
    expect(size).toEqual({ nodes: 7, depth: 5, exceeded: null });
  });

  it('passes a page at the limits and fails one node or one level over them', () => {
    const limits = { maxNodes: 7, maxDepth: 5 };
    const page = parse('<html><head></head><body><p>One <b>two</b></p></body></html>');
    expect(checkDomLimits(page, 'page.html', limits).ok).toBe(true);
    expect(checkDomLimits(page, 'page.html', { ...limits, maxNodes: 6 })).toMatchObject({
      ok: false,
      error: { code: 'too-complex', message: 'page.html has more than 6 elements and text nodes' },
    });
    expect(checkDomLimits(page, 'page.html', { ...limits, maxDepth: 4 })).toMatchObject({
      ok: false,
      error: { code: 'too-complex', message: 'page.html nests elements more than 4 levels deep' },
    });
  });

  it('fails a page nested deeper than the default limit as too-complex before cleaning it', () => {
    const result = cleanPage({
      bytes: new TextEncoder().encode(nested(defaultDomLimits.maxDepth + 10)),
      fileName: 'deep.html',
    });
    expect(result.ok ? null : result.error).toEqual({
      code: 'too-complex',
      message: `deep.html nests elements more than ${defaultDomLimits.maxDepth} levels deep`,
    });
  });

  it('passes a page nested exactly to the default depth limit and fails one a level deeper', () => {
    // html and body above the divs, the text below them: depth = divs + 3.
    const atLimit = checkDomLimits(parse(nested(defaultDomLimits.maxDepth - 3)), 'at.html');
    const over = checkDomLimits(parse(nested(defaultDomLimits.maxDepth - 2)), 'over.html');
    expect(atLimit.ok && atLimit.value.depth).toBe(defaultDomLimits.maxDepth);
    expect(over.ok ? null : over.error.code).toBe('too-complex');
  });

  it('walks a page nested 20,000 deep without overflowing the stack', () => {
    const size = measureDom(parse(nested(20_000)), { maxNodes: 1_000_000, maxDepth: 1_000_000 });
    // html, head, body, 20,000 divs and the text node at the bottom.
    expect(size).toEqual({ nodes: 20_004, depth: 20_003, exceeded: null });
  });
});
