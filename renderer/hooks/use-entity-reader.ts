import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import { rangeToText, type TextSelection } from '../components/selection-offsets.ts';
import { useArticleEntities, type ArticleEntitiesState } from './use-article-entities.ts';
import { useMentionFixes, type MentionFixes } from './use-mention-fixes.ts';
import type { EntityLayer, FrameSelection } from './use-frame-entities.ts';
import { isEditable } from './use-keyboard.ts';
import { isPlainLetter } from './plain-letter.ts';
import { useRememberedFlag } from './use-remembered-flag.ts';

/** Everything the reader shows about entities: state, highlighting, the selection and the tag dialog. */
export interface EntityReader {
  readonly state: ArticleEntitiesState;
  /** The highlighted mention being corrected, and the corrections. */
  readonly fixes: MentionFixes;
  readonly highlight: boolean;
  readonly setHighlight: (on: boolean) => void;
  /** What the article frame needs, or undefined while no article text is known. */
  readonly layer: EntityLayer | undefined;
  /** Where to offer "Tag as entity" (the selection's box), or null without a selection. */
  readonly offer: FrameSelection['rect'] | null;
  /** Why the selection cannot be tagged, shown near it. */
  readonly problem: string | null;
  /** The selection being tagged in the dialog. */
  readonly tagging: TextSelection | null;
  readonly startTagging: () => void;
  readonly stopTagging: () => void;
}

const none: readonly EntityMentionView[] = [];
const problems = {
  empty: 'Select some words of the article first.',
  'not-in-text':
    'That selection is not part of the article’s text (a caption or placeholder?). Select words in the text.',
} as const;

/** Entities of the open article; `t` (or the floating button) tags the words selected in the frame. */
export function useEntityReader(articleId: ArticleId, text: string | null): EntityReader {
  const state = useArticleEntities(articleId, text ?? '');
  const fixes = useMentionFixes(articleId, state);
  const onOpenMention = fixes.open;
  const [highlight, setHighlight] = useRememberedFlag('dossier.highlightEntities', true);
  const [selection, setSelection] = useState<FrameSelection | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tagging, setTagging] = useState<TextSelection | null>(null);
  const frameDoc = useRef<Document | null>(null);
  const found = state.entities?.mentions;
  const mentions = highlight ? (found ?? none) : none;

  const onSelection = useCallback((next: FrameSelection | null) => {
    if (next !== null) frameDoc.current = next.doc;
    setSelection(next);
    setProblem(null);
  }, []);
  const layer = useMemo(
    () => (text === null ? undefined : { text, mentions, onOpenMention, onSelection }),
    [text, mentions, onOpenMention, onSelection],
  );

  const startTagging = useCallback(() => {
    // The frame's own selection, read now: it may have changed since the last mouseup.
    const doc = frameDoc.current;
    const current = doc?.getSelection();
    if (text === null || doc === null || current == null || current.rangeCount === 0 || current.isCollapsed) {
      setProblem(problems.empty);
      return;
    }
    const mapped = rangeToText(doc, text, current.getRangeAt(0));
    if (!mapped.ok) {
      setProblem(problems[mapped.problem]);
      return;
    }
    setSelection(null);
    setTagging(mapped.value);
  }, [text]);
  const stopTagging = useCallback(() => {
    setTagging(null);
  }, []);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // T alone, as L links (plain-letter.ts): the help writes it T; Shift+T is no second way.
    if (event.defaultPrevented || !isPlainLetter(event, 't')) return;
    if (tagging !== null || isEditable(event.target)) return;
    event.preventDefault();
    startTagging();
  });
  // The offer follows the words; once the reader scrolls, its box is stale (`t` still works).
  const onScroll = useEffectEvent(() => {
    if (selection !== null) setSelection(null);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, []);

  return {
    state,
    fixes,
    highlight,
    setHighlight,
    layer,
    offer: selection?.rect ?? null,
    problem,
    tagging,
    startTagging,
    stopTagging,
  };
}
