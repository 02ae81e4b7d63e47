import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../main/shared/ids.ts';
import {
  builtInLinkTypes,
  linkTypeInfo,
  maxLinkNoteLength,
  maxLinkTypeLength,
} from '../../../main/shared/link-types.ts';
import {
  articleFacts,
  linkNoteMaxLength,
  linkTypeChoices,
  linkTypeLabel,
  linkTypeMaxLength,
  readsAs,
  reasonSentences,
  scorePercent,
  suggestionStrength,
} from '../../../renderer/components/link-words.ts';

const types = [...builtInLinkTypes.map((t) => ({ ...t, builtIn: true })), linkTypeInfo('cites')];

describe('linkTypeLabel', () => {
  it('reads a built-in type forwards on the source and in reverse on the target', () => {
    expect(linkTypeLabel('follow-up', 'outgoing', types)).toBe('Follow-up to');
    expect(linkTypeLabel('follow-up', 'incoming', types)).toBe('Followed up by');
  });

  it('shows a user-defined type by its own name on the source, marked incoming on the target, even when the list does not hold it yet', () => {
    expect(linkTypeLabel('cites', 'outgoing', types)).toBe('cites');
    expect(linkTypeLabel('cites', 'incoming', types)).toBe('cites (incoming)');
    expect(linkTypeLabel('quotes', 'outgoing', types)).toBe('quotes');
    expect(linkTypeLabel('quotes', 'incoming', types)).toBe('quotes (incoming)');
  });
});

describe('readsAs', () => {
  it("says a type of one's own goes from the open article when making a link", () => {
    expect(readsAs('quotes figures from', 'outgoing', 'Storm report')).toBe(
      'Reads: this article quotes figures from “Storm report”.',
    );
  });

  it('says it goes from the other article when retyping a link made to this one', () => {
    expect(readsAs('quotes figures from', 'incoming', 'Storm report')).toBe(
      'Reads: “Storm report” quotes figures from this article (shown here as “quotes figures from (incoming)”).',
    );
    expect(readsAs('', 'outgoing', null)).toBe('Reads: this article … the other article.');
  });
});

describe('linkTypeChoices', () => {
  it('adds the current user-defined type when the loaded list lacks it, and nothing twice', () => {
    expect(linkTypeChoices(types, 'quotes').map((t) => t.type)).toContain('quotes');
    expect(linkTypeChoices(types, 'cites')).toHaveLength(types.length);
  });
});

describe('suggestion strength', () => {
  it('calls 0.5 and above strong and below possible', () => {
    expect(suggestionStrength(0.5)).toBe('strong');
    expect(suggestionStrength(0.49)).toBe('possible');
  });

  it('turns a score into a clamped whole percentage', () => {
    expect(scorePercent(0.426)).toBe(43);
    expect(scorePercent(1.7)).toBe(100);
    expect(scorePercent(Number.NaN)).toBe(0);
  });
});

describe('reasonSentences', () => {
  it('explains each reason in words, in the order given', () => {
    expect(
      reasonSentences([
        {
          kind: 'shared-entities',
          entities: [
            { name: 'Sergey Lavrov', type: 'person', weight: 2 },
            { name: 'Astana', type: 'place', weight: 1 },
          ],
        },
        { kind: 'similar-wording', similarity: 0.31, words: ['grain', 'transit'] },
        { kind: 'close-in-time', days: 1 },
        { kind: 'close-in-time', days: 0 },
        { kind: 'version' },
      ]),
    ).toEqual([
      'Both mention Sergey Lavrov and Astana.',
      'Similar wording (31% alike), e.g. grain, transit.',
      'Published 1 day apart.',
      'Published the same day.',
      'Near-identical text (another version).',
    ]);
  });
});

describe('reasonSentences of a thread', () => {
  it('names the article both are related to', () => {
    expect(
      reasonSentences([{ kind: 'thread', via: { id: toArticleId(3), title: 'Storm hits Truro' } }]),
    ).toEqual(['Both related to ‘Storm hits Truro’.']);
  });
});

describe('articleFacts', () => {
  it('joins the site and the published date, leaving out what is missing', () => {
    const article = {
      id: toArticleId(1),
      title: 'T',
      byline: null,
      siteName: null,
      publishedTime: null,
      addedAt: 'not a date',
      undatedCapturedAt: null,
      url: null,
      lang: null,
      excerpt: null,
      wordCount: 1,
      status: 'ok' as const,
    };
    expect(articleFacts(article)).toBe('');
    expect(articleFacts({ ...article, siteName: 'Example News' })).toBe('Example News');
  });
});

describe('the renderer copies of the link limits', () => {
  it('match the limits the server checks', () => {
    expect(linkTypeMaxLength).toBe(maxLinkTypeLength);
    expect(linkNoteMaxLength).toBe(maxLinkNoteLength);
  });
});
