import { useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import { useClient } from '../api/client-context.ts';
import { useFrameEntities, type EntityLayer } from '../hooks/use-frame-entities.ts';
import { clearEntityMarks, markEntities } from './mark-entities.ts';
import { clearMarks, currentMatchClass, markWords } from './mark-matches.ts';
import { cleanSrcdoc } from './srcdoc.ts';

interface Props {
  readonly html: string;
  readonly lang: string | null;
  readonly title: string;
  /** Words to mark (findMatches' surface forms); none clears the marks. */
  readonly matchWords?: readonly string[];
  /** The mark to show as current and scroll to. */
  readonly currentMatch?: number;
  /** Told how many marks the words produced. */
  readonly onMatches?: (count: number) => void;
  /** Entity mentions to highlight, and where clicks on them and text selections go. */
  readonly entities?: EntityLayer;
}

/** Keys typed inside the frame that the window's shortcuts answer. */
const forwardedKeys = new Set(['/', 'Escape', '?', 'n', 'N', 'F3', 't', 'T', 'l', 'L']);
const none: readonly string[] = [];
const noMentions: readonly EntityMentionView[] = [];

/**
 * The sanitized article in a sandboxed frame (no scripts; it may load nothing but data:
 * images and the library's stored images). Same-origin only so that the frame can be sized to its content, giving the
 * reader one scrollbar, and so that links cannot navigate it away.
 */
export function ArticleFrame({
  html,
  lang,
  title,
  matchWords = none,
  currentMatch = 0,
  onMatches,
  entities,
}: Props): ReactNode {
  const frame = useRef<HTMLIFrameElement>(null);
  const marks = useRef<HTMLElement[]>([]);
  const reported = useRef<readonly string[] | null>(null);
  const entityText = entities?.text ?? null;
  const latestMentions = entities?.mentions ?? noMentions;
  // Re-marking rebuilds the frame's text nodes, which drops the reader's selection: keep the same
  // array while the placed mentions are the same, so a background refresh (new suggestions) is a no-op.
  const mentionsKey = latestMentions
    .map((m) => `${m.id}:${m.start}:${m.end}:${m.type}:${m.colour ?? ''}:${m.unplaced ? 1 : 0}`)
    .join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, not identity, on purpose
  const entityMentions = useMemo(() => latestMentions, [mentionsKey]);
  const reportMatches = useEffectEvent((count: number) => {
    onMatches?.(count);
  });
  const [height, setHeight] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(0);
  const { assets } = useClient();
  const srcDoc = useMemo(() => cleanSrcdoc(html, lang, assets), [html, lang, assets]);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (loaded === 0 || doc === null || doc === undefined) return;
    const root = doc.documentElement;
    const measure = (): void => {
      setHeight(root.scrollHeight);
    };
    // The article's body is its Tab stop (ringed by frameFocusCss), so the keys scroll it. Without
    // it, an article with nothing focusable took the focus as a bare frame that showed no ring.
    doc.body.tabIndex = 0;
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    measure();
    // Links inside a saved page lead off the archive: never navigate the frame.
    const stopLinks = (event: MouseEvent): void => {
      // The target lives in the frame's realm, so `instanceof Element` (this realm's) would not match.
      const target = event.target as Partial<Element> | null;
      if (target?.closest?.('a[href]:not([href^="#"])') != null) event.preventDefault();
    };
    // A file dragged over the article belongs to the window's drop zone.
    const forwardDrag = (event: DragEvent): void => {
      event.preventDefault();
      window.dispatchEvent(new CustomEvent('dossier:frame-drag'));
    };
    // Focus inside the frame still answers the window's `/` and Escape.
    const forwardKey = (event: KeyboardEvent): void => {
      if (!forwardedKeys.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, shiftKey: event.shiftKey }));
    };
    doc.addEventListener('click', stopLinks);
    doc.addEventListener('keydown', forwardKey);
    doc.addEventListener('dragenter', forwardDrag);
    doc.addEventListener('dragover', forwardDrag);
    return () => {
      observer.disconnect();
      doc.removeEventListener('click', stopLinks);
      doc.removeEventListener('keydown', forwardKey);
      doc.removeEventListener('dragenter', forwardDrag);
      doc.removeEventListener('dragover', forwardDrag);
    };
  }, [loaded]);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    // While the frame parses a new article (a re-clean or restore), its document is incomplete; the
    // load event runs this again. Marking it then threw and took the reader down.
    if (loaded === 0 || doc === null || doc === undefined || doc.readyState === 'loading') return;
    clearMarks(doc);
    clearEntityMarks(doc);
    // Entities first: search marks then nest inside their highlights, and both clear independently.
    if (entityText !== null) markEntities(doc, entityText, entityMentions);
    const count = marks.current.length;
    marks.current = markWords(doc, matchWords);
    // Re-marking for an entity change keeps the reader on its current match.
    if (reported.current !== matchWords || count !== marks.current.length)
      reportMatches(marks.current.length);
    reported.current = matchWords;
  }, [loaded, matchWords, entityText, entityMentions]);
  useFrameEntities(frame, loaded, entities);

  // The frame is as tall as its content, so the reader's scroller (not the frame) brings a mark into view.
  useEffect(() => {
    const element = frame.current;
    const mark = marks.current[currentMatch];
    for (const other of marks.current) other.classList.remove(currentMatchClass);
    if (element === null || mark === undefined || height === null) return;
    mark.classList.add(currentMatchClass);
    const scroller = element.closest('.reader-scroll');
    if (scroller === null) return;
    const view = scroller.getBoundingClientRect();
    const top = element.getBoundingClientRect().top + mark.getBoundingClientRect().top - view.top;
    if (top < 0 || top > view.height - mark.offsetHeight) scroller.scrollTop += top - view.height / 3;
  }, [currentMatch, matchWords, height, entityMentions]);

  return (
    <iframe
      ref={frame}
      className="article-frame"
      title={`Article: ${title}`}
      sandbox="allow-same-origin"
      srcDoc={srcDoc}
      style={height === null ? undefined : { height }}
      onLoad={() => {
        setLoaded((n) => n + 1);
      }}
    />
  );
}
