import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';

/** A zoom and pan in screen pixels: a point at `p` from the frame's middle is drawn at `p × scale + offset`. */
export interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** The view, and the controls that change it. */
export interface ZoomPan {
  readonly view: View;
  /** Zooms by `factor` around a point given from the frame's middle (its middle by default). */
  readonly zoomBy: (factor: number, around?: { x: number; y: number }) => void;
  readonly reset: () => void;
  /** Moves the drawing by `dx`, `dy` screen pixels. */
  readonly panBy: (dx: number, dy: number) => void;
  readonly handlers: {
    readonly onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
    readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
    readonly onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  };
}

const minScale = 0.5;
const maxScale = 12;
const clamp = (scale: number): number => Math.min(maxScale, Math.max(minScale, scale));
const fitted: View = { scale: 1, x: 0, y: 0 };

/** Where a pointer event falls, from the middle of the element listening to it. */
function fromMiddle(element: Element, event: { clientX: number; clientY: number }): { x: number; y: number } {
  const frame = element.getBoundingClientRect();
  return { x: event.clientX - frame.left - frame.width / 2, y: event.clientY - frame.top - frame.height / 2 };
}

/**
 * Ctrl+wheel (⌘+wheel, and a trackpad's pinch, which browsers send as Ctrl+wheel) zooms around the
 * pointer, dragging the background pans, both in screen pixels. The plain wheel is left to the page,
 * as on embedded maps: the graph covers most of the view, and the page must still scroll over it.
 */
export function useZoomPan(frameRef: RefObject<SVGSVGElement | null>): ZoomPan {
  const [view, setView] = useState<View>(fitted);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const zoomBy = useCallback((factor: number, around = { x: 0, y: 0 }) => {
    setView((v) => {
      const scale = clamp(v.scale * factor);
      // The point under `around` stays under it.
      const ratio = scale / v.scale;
      return { scale, x: around.x - (around.x - v.x) * ratio, y: around.y - (around.y - v.y) * ratio };
    });
  }, []);
  const reset = useCallback(() => {
    setView(fitted);
  }, []);
  const panBy = useCallback((dx: number, dy: number) => {
    setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  }, []);
  // A native listener, as React's wheel listeners are passive: a zoom must not zoom the page as well.
  useEffect(() => {
    const frame = frameRef.current;
    if (frame === null) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomBy(Math.exp(-event.deltaY * 0.0015), fromMiddle(frame, event));
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      frame.removeEventListener('wheel', onWheel);
    };
  }, [frameRef, zoomBy]);
  return {
    view,
    zoomBy,
    reset,
    panBy,
    handlers: {
      onPointerDown: (event) => {
        // Only the background pans: a press on a node is a click on it.
        if (event.target instanceof Element && event.target.closest('[data-node-key]') !== null) return;
        drag.current = { x: event.clientX, y: event.clientY };
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove: (event) => {
        const from = drag.current;
        if (from === null) return;
        drag.current = { x: event.clientX, y: event.clientY };
        panBy(event.clientX - from.x, event.clientY - from.y);
      },
      onPointerUp: () => {
        drag.current = null;
      },
    },
  };
}
