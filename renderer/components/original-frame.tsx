import { useMemo, type ReactNode } from 'react';
import { originalSrcdoc } from './srcdoc.ts';

/**
 * The raw saved page, as hostile as it came: a frame with an empty sandbox (no scripts,
 * an opaque origin, no navigation of the app) whose policy forbids every network load.
 */
export function OriginalFrame({ html, title }: { readonly html: string; readonly title: string }): ReactNode {
  const srcDoc = useMemo(() => originalSrcdoc(html), [html]);
  return <iframe className="original-frame" title={`Original page: ${title}`} sandbox="" srcDoc={srcDoc} />;
}
