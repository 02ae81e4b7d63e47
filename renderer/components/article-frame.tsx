import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useClient } from '../api/client-context.ts';
import { cleanSrcdoc } from './srcdoc.ts';

interface Props {
  readonly html: string;
  readonly lang: string | null;
  readonly title: string;
}

/**
 * The sanitized article in a sandboxed frame (no scripts; it may load nothing but data:
 * images and the library's stored images). Same-origin only so that the frame can be sized to its content, giving the
 * reader one scrollbar, and so that links cannot navigate it away.
 */
export function ArticleFrame({ html, lang, title }: Props): ReactNode {
  const frame = useRef<HTMLIFrameElement>(null);
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
      if (event.key !== '/' && event.key !== 'Escape') return;
      event.preventDefault();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: event.key }));
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
