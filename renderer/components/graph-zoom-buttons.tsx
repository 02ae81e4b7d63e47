import type { ReactNode } from 'react';
import type { ZoomPan } from '../hooks/use-zoom-pan.ts';

/** Zoom in, zoom out and fit, over the graph's corner, saying that Ctrl+wheel zooms (the wheel scrolls). */
export function GraphZoomButtons({ zoom }: { readonly zoom: ZoomPan }): ReactNode {
  return (
    <div className="graph-zoom" role="group" aria-label="Zoom">
      <span className="graph-zoom-hint">Ctrl+wheel to zoom</span>
      <button
        type="button"
        className="button quiet"
        onClick={() => {
          zoom.zoomBy(1.5);
        }}
        aria-label="Zoom in"
        title="Zoom in (or Ctrl+wheel)"
      >
        +
      </button>
      <button
        type="button"
        className="button quiet"
        onClick={() => {
          zoom.zoomBy(1 / 1.5);
        }}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button type="button" className="button quiet" onClick={zoom.reset} title="Show the whole graph">
        Fit
      </button>
    </div>
  );
}
