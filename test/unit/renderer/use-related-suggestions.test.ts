// @vitest-environment jsdom
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveEvent } from '../../../main/shared/api.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { ArticleSummary, RelatedSuggestion } from '../../../main/shared/types.ts';
import type { ArchiveClient } from '../../../renderer/api/archive-client.ts';
import { ClientContext } from '../../../renderer/api/client-context.ts';
import {
  useRelatedSuggestions,
  type RelatedSuggestionsState,
} from '../../../renderer/hooks/use-related-suggestions.ts';

// React's act() warns outside a test environment it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const id = (n: number): ArticleId => n as ArticleId;
const summary = (n: number): ArticleSummary => ({
  id: id(n),
  title: `Article ${n}`,
  byline: null,
  siteName: null,
  publishedTime: null,
  addedAt: '2026-11-28T00:00:00.000Z',
  undatedCapturedAt: null,
  url: null,
  lang: 'en',
  excerpt: '',
  wordCount: 100,
  status: 'ok',
});
const suggestion = (n: number): RelatedSuggestion => ({
  article: summary(n),
  score: 0.6,
  reasons: [],
  summary: '',
});

/** Holds calls while closed; `open` lets the held ones through in the order they came. */
const gate = {
  held: null as (() => void)[] | null,
  pass<T>(value: T): Promise<T> {
    const held = gate.held;
    if (held === null) return Promise.resolve(value);
    return new Promise((resolve) => {
      held.push(() => {
        resolve(value);
      });
    });
  },
  release(count = 1): void {
    for (const next of gate.held?.splice(0, count) ?? []) next();
  },
  /** Lets the held call at `index` through, ahead of those before it. */
  releaseAt(index: number): void {
    for (const next of gate.held?.splice(index, 1) ?? []) next();
  },
};

/** A library of three articles all suggested for each other, where pairs can be dismissed and restored. */
function fakeLibrary(): {
  client: ArchiveClient;
  emit: (event: ArchiveEvent) => void;
  restore: (a: number, b: number) => void;
} {
  const dismissed = new Set<string>();
  const pair = (a: number, b: number): string => [a, b].sort().join('-');
  const listeners = new Set<(event: ArchiveEvent) => void>();
  const client = {
    // The answer is read when asked, and arrives when the gate opens.
    getRelatedSuggestions: ({ id: of }: { id: ArticleId }) => {
      const value = {
        suggestions: [1, 2, 3].filter((n) => n !== of && !dismissed.has(pair(of, n))).map(suggestion),
        dismissed: [1, 2, 3].filter((n) => n !== of && dismissed.has(pair(of, n))).map(summary),
      };
      return gate.pass({ ok: true as const, value });
    },
    dismissRelatedSuggestion: ({ id: of, otherId }: { id: ArticleId; otherId: ArticleId }) =>
      gate.pass({ ok: true as const, value: undefined }).then((result) => {
        dismissed.add(pair(of, otherId));
        return result;
      }),
    restoreRelatedSuggestion: ({ id: of, otherId }: { id: ArticleId; otherId: ArticleId }) => {
      dismissed.delete(pair(of, otherId));
      return Promise.resolve({ ok: true as const, value: undefined });
    },
    onEvent: (listener: (event: ArchiveEvent) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  } as unknown as ArchiveClient;
  return {
    client,
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    restore: (a, b) => {
      dismissed.delete(pair(a, b));
    },
  };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  gate.held = null;
  cleanup?.();
  cleanup = null;
});

/** Runs `change`, then lets React and the answers it asked for settle. */
async function settle(change: () => void): Promise<void> {
  await act(async () => {
    change();
    await new Promise((done) => setTimeout(done, 0));
  });
}

/** Mounts the hook for `articleId` and hands back its latest state. */
async function mount(client: ArchiveClient, articleId: number): Promise<() => RelatedSuggestionsState> {
  let state: RelatedSuggestionsState | null = null;
  function Probe(): ReactNode {
    state = useRelatedSuggestions(id(articleId));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await settle(() => {
    root.render(createElement(ClientContext.Provider, { value: client }, createElement(Probe)));
  });
  cleanup = () => {
    act(() => {
      root.unmount();
    });
  };
  return () => {
    if (state === null) throw new Error('not rendered');
    return state;
  };
}

const shownIds = (state: RelatedSuggestionsState): number[] =>
  (state.suggestions ?? []).map((s) => s.article.id);

describe('related suggestions in the reader', () => {
  it('hides a dismissed article at once, and shows it again once it is brought back elsewhere (another window)', async () => {
    const { client, emit, restore } = fakeLibrary();
    const state = await mount(client, 1);
    expect(shownIds(state())).toEqual([2, 3]);

    await act(async () => {
      await state().dismiss(id(2));
    });
    expect(shownIds(state())).toEqual([3]);
    expect(state().dismissed.map((a) => a.id)).toEqual([2]);

    // Brought back from article 2's panel in another window: this one hears only that the library changed.
    restore(2, 1);
    await settle(() => {
      emit({ type: 'library-changed' });
    });
    expect(shownIds(state())).toEqual([2, 3]);
    expect(state().dismissed).toEqual([]);
  });

  it('does not let an answer asked before a dismissal bring the dismissed article back', async () => {
    const { client, emit } = fakeLibrary();
    const state = await mount(client, 1);
    gate.held = [];
    await settle(() => {
      emit({ type: 'library-changed' }); // asked now, still suggesting 2
    });
    let dismissing: Promise<void> = Promise.resolve();
    await settle(() => {
      dismissing = state().dismiss(id(2));
    });
    expect(shownIds(state())).toEqual([3]);

    await settle(() => {
      gate.release(); // the older answer, with 2 in it
    });
    expect(shownIds(state())).toEqual([3]);
    await act(async () => {
      gate.release(); // the dismissal itself
      gate.held = null;
      await dismissing;
    });
    expect(shownIds(state())).toEqual([3]);
    expect(state().dismissed.map((a) => a.id)).toEqual([2]);
  });

  it('keeps a dismissed article hidden when an answer asked before the dismissal arrives after the library took it', async () => {
    const { client, emit } = fakeLibrary();
    const state = await mount(client, 1);
    gate.held = [];
    await settle(() => {
      emit({ type: 'library-changed' }); // asked now, still suggesting 2; held first
    });
    let dismissing: Promise<void> = Promise.resolve();
    await settle(() => {
      dismissing = state().dismiss(id(2)); // held second
    });
    await act(async () => {
      gate.releaseAt(1); // the library takes the dismissal, and the reload is asked (held)
      await dismissing;
      // The answer asked before the dismissal, with 2 in it, comes in before React has swapped
      // in the reload (its request is still the current one).
      gate.release();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(shownIds(state())).toEqual([3]);

    await settle(() => {
      gate.release(); // the reload's answer
    });
    expect(shownIds(state())).toEqual([3]);
    expect(state().dismissed.map((a) => a.id)).toEqual([2]);
  });
});

describe('a suggestion brought back from Dismissed', () => {
  /** Article 1's library: 2 is suggested strongly; 3 so weakly that it shows only while 2 is dismissed. */
  function underTheBar(): ArchiveClient {
    const dismissed = new Set<number>();
    return {
      getRelatedSuggestions: () => {
        const open = [2, 3].filter((n) => !dismissed.has(n));
        const shown = open.includes(2) ? [2] : open;
        return Promise.resolve({
          ok: true as const,
          value: { suggestions: shown.map(suggestion), dismissed: [...dismissed].reverse().map(summary) },
        });
      },
      dismissRelatedSuggestion: ({ otherId }: { otherId: ArticleId }) => {
        dismissed.add(otherId);
        return Promise.resolve({ ok: true as const, value: undefined });
      },
      restoreRelatedSuggestion: ({ otherId }: { otherId: ArticleId }) => {
        dismissed.delete(otherId);
        return Promise.resolve({ ok: true as const, value: undefined });
      },
      onEvent: () => () => undefined,
    } as unknown as ArchiveClient;
  }

  it('is still listed when the library no longer suggests it, once the stronger ones are back too', async () => {
    const state = await mount(underTheBar(), 1);
    await settle(() => void state().dismiss(id(2)));
    expect(shownIds(state())).toEqual([3]);
    await settle(() => void state().dismiss(id(3)));
    expect(state().dismissed.map((a) => a.id)).toEqual([3, 2]);

    await settle(() => void state().bringBack([id(3)]));
    expect(shownIds(state())).toEqual([3]);
    expect(state().broughtBackUnlisted).toEqual([]);
    await settle(() => void state().bringBack([id(2)]));

    expect(shownIds(state())).toEqual([2]);
    expect(state().dismissed).toEqual([]);
    expect(state().broughtBackUnlisted.map((a) => a.id)).toEqual([3]);
  });

  it('leaves that list once it is dismissed again', async () => {
    const state = await mount(underTheBar(), 1);
    await settle(() => void state().dismiss(id(3)));
    await settle(() => void state().bringBack([id(3)]));
    expect(state().broughtBackUnlisted.map((a) => a.id)).toEqual([3]);

    await settle(() => void state().dismiss(id(3)));
    expect(state().broughtBackUnlisted).toEqual([]);
  });
});
