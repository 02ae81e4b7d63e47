import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import type { MentionId } from '../../main/shared/ids.ts';
import { entityClass } from '../components/mark-entities.ts';

/** Text selected in the article frame, where it shows in the window. */
export interface FrameSelection {
  readonly doc: Document;
  readonly range: Range;
  /** The selection's box in the window's viewport coordinates. */
  readonly rect: { readonly top: number; readonly left: number; readonly bottom: number };
}

/** What the article frame needs to show entities and report selections. */
export interface EntityLayer {
  /** The article's plain text, into which mention offsets point. */
  readonly text: string;
  /** Mentions to highlight (none while highlighting is off). */
  readonly mentions: readonly EntityMentionView[];
  /** A highlighted mention was clicked (or Enter pressed on it): offer what can be done with it. */
  readonly onOpenMention: (id: MentionId) => void;
  readonly onSelection: (selection: FrameSelection | null) => void;
}

/** Clicks on highlighted mentions (or Enter on a focused one) open them; selecting text in the frame is reported with its position. */
export function useFrameEntities(
  frame: RefObject<HTMLIFrameElement | null>,
  loaded: number,
  layer: EntityLayer | undefined,
): void {
  const open = useEffectEvent((id: MentionId) => {
    layer?.onOpenMention(id);
  });
  const report = useEffectEvent((selection: FrameSelection | null) => {
    layer?.onSelection(selection);
  });
  const active = layer !== undefined;

  useEffect(() => {
    const element = frame.current;
    const doc = element?.contentDocument;
    if (!active || loaded === 0 || element === null || doc === null || doc === undefined) return;
    const mentionOf = (event: Event): MentionId | null => {
      // The target lives in the frame's realm, so `instanceof Element` (this realm's) would not match.
      const target = event.target as Partial<Element> | null;
      const mark = target?.closest?.(`span.${entityClass}`);
      const id = Number(mark?.getAttribute('data-mention-id'));
      // Checked to be a positive integer: the id the mention was drawn with.
      return mark == null || !Number.isSafeInteger(id) || id <= 0 ? null : (id as MentionId);
    };
    const onClick = (event: MouseEvent): void => {
      const id = mentionOf(event);
      // A click that ends a selection is for tagging, not for opening.
      if (id === null || doc.getSelection()?.isCollapsed === false) return;
      event.preventDefault();
      open(id);
    };
    const onKey = (event: KeyboardEvent): void => {
      const id = event.key === 'Enter' || event.key === ' ' ? mentionOf(event) : null;
      if (id === null) return;
      event.preventDefault();
      open(id);
    };
    const onSelect = (): void => {
      const selection = doc.getSelection();
      if (
        selection === null ||
        selection.isCollapsed ||
        selection.rangeCount === 0 ||
        selection.toString().trim() === ''
      ) {
        report(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const box = range.getBoundingClientRect();
      const offset = element.getBoundingClientRect();
      report({
        doc,
        range,
        rect: { top: offset.top + box.top, left: offset.left + box.left, bottom: offset.top + box.bottom },
      });
    };
    doc.addEventListener('click', onClick);
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('mouseup', onSelect);
    doc.addEventListener('keyup', onSelect);
    return () => {
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('mouseup', onSelect);
      doc.removeEventListener('keyup', onSelect);
    };
  }, [frame, loaded, active]);
}
