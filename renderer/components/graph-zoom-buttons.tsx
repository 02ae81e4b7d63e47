import type { ReactNode } from 'react';
import type { ZoomPan } from '../hooks/use-zoom-pan.ts';

/** Zoom in, zoom out and fit, over the graph's corner. */
export function GraphZoomButtons({ zoom }: { readonly zoom: ZoomPan }): ReactNode {
  return (
    <div className="graph-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="button quiet"
        onClick={() => {
          zoom.zoomBy(1.5);
        }}
        aria-label="Zoom in"
        title="Zoom in (or the mouse wheel)"
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
