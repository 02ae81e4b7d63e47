import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { LinkMaker } from '../../main/shared/link-types.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { useArticleLinks, type ArticleLinksState } from './use-article-links.ts';
import { isEditable } from './use-keyboard.ts';
import { isPlainLetter } from './plain-letter.ts';

/** How the "Link to…" dialog ended: a link was saved, or the dialog was left without one. */
export type LinkOutcome = 'saved' | 'cancelled';

/** What the "Link to…" dialog starts from: a chosen article (an accepted suggestion) or none (pick one). */
export interface LinkDraft {
  readonly target: ArticleSummary | null;
  readonly madeBy: LinkMaker;
  /** Told how the dialog ended (the related suggestions move the focus by it). */
  readonly onClosed?: (outcome: LinkOutcome) => void;
}

/** The reader's links: the panel's open state, its data, and the "Link to…" dialog. */
export interface LinksReader {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly state: ArticleLinksState;
  readonly draft: LinkDraft | null;
  /** Opens the panel and the dialog. */
  readonly startLinking: (draft: LinkDraft) => void;
  /** Closes the dialog, telling its draft how it ended. */
  readonly stopLinking: (outcome: LinkOutcome) => void;
}

/** Links in the reader; `L` (outside text fields) opens "Link to…". */
export function useLinksReader(articleId: ArticleId): LinksReader {
  const state = useArticleLinks(articleId);
  const [open, setOpen] = useState(false);
  const [drafted, setDraft] = useState<{ for: ArticleId; draft: LinkDraft } | null>(null);
  // A dialog started for another article is not carried over when the reader moves on.
  const draft = drafted?.for === articleId ? drafted.draft : null;

  const startLinking = useCallback(
    (next: LinkDraft) => {
      setOpen(true);
      setDraft({ for: articleId, draft: next });
    },
    [articleId],
  );
  const stopLinking = useCallback(
    (outcome: LinkOutcome) => {
      draft?.onClosed?.(outcome);
      setDraft(null);
    },
    [draft],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // L alone, as T tags (plain-letter.ts): Shift+L is no second way.
    if (event.defaultPrevented || !isPlainLetter(event, 'l')) return;
    if (draft !== null || isEditable(event.target)) return;
    // A modal dialog of another feature (tagging, a mention) owns the keyboard while it is open.
    if (document.querySelector('dialog[open]') !== null) return;
    event.preventDefault();
    startLinking({ target: null, madeBy: 'person' });
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return { open, setOpen, state, draft, startLinking, stopLinking };
}
