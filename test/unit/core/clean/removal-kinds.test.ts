import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../../../../main/core/clean/dom-types.ts';
import { runJunkRules } from '../../../../main/core/clean/junk-rule.ts';
import { junkRules } from '../../../../main/core/clean/junk-rules.ts';
import { pullQuoteRule } from '../../../../main/core/clean/junk-rule-pull-quote.ts';
import { textLineRules } from '../../../../main/core/clean/text-dump-rules.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import type { CleaningReport, RemovedKind } from '../../../../main/shared/types.ts';
import { kindName, summarizeRemovals } from '../../../../renderer/components/cleaning-words.ts';

function removedKinds(html: string): RemovedKind[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}<p>Prose stays.</p></body></html>`);
  return runJunkRules(document.body as unknown as DomElement, junkRules(null)).map((block) => block.kind);
}

describe('removal kinds', () => {
  it('reports live-blog status lines and kickers as "status", not "duplicate"', () => {
    const kinds = removedKinds(
      '<div class="live-status"><span>LIVE</span> <span>Updated 2 minutes ago</span></div><p class="kicker">Opinion</p>',
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['status']));
  });

  it('files the pull-quote step under its own kind', () => {
    expect(pullQuoteRule.kind).toBe('pull-quote');
  });

  it('reports text-dump navigation and byline lines under their own kinds', () => {
    const kinds = Object.fromEntries(textLineRules.map((rule) => [rule.name, rule.kind]));
    expect(kinds['navigation-label']).toBe('navigation');
    expect(kinds.byline).toBe('metadata');
    expect(kinds['duplicate-title']).toBe('duplicate');
  });

  it('words the new kinds for people, singular and plural', () => {
    expect([kindName('status'), kindName('status', 2)]).toEqual(['status line', 'status lines']);
    expect(kindName('pull-quote', 3)).toBe('pull quotes');
    expect(kindName('navigation')).toBe('menu link');
    expect(kindName('metadata', 2)).toBe('byline and date lines');
  });

  it('summarizes a report that mixes old and new kinds', () => {
    const report: CleaningReport = {
      articleId: toArticleId(1),
      cleanerVersion: 2,
      disabledRules: [],
      keptBlocks: [],
      removed: [
        { id: 'status-lines:0', rule: 'status-lines', kind: 'status', text: 'LIVE' },
        { id: 'status-lines:1', rule: 'status-lines', kind: 'status', text: 'Opinion' },
        { id: 'svg-icons:0', rule: 'svg-icons', kind: 'icon', text: '<svg>' },
      ],
      counts: { status: 2, icon: 1 },
    };
    expect(summarizeRemovals(report)).toBe('3 items removed: 2 status lines, 1 icon');
  });
});
