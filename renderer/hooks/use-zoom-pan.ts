import { useCallback, useRef, useState, type PointerEvent, type WheelEvent } from 'react';

/** A zoom and pan over an SVG's content: scale, then translate (in viewBox units). */
export interface ZoomPan {
  readonly transform: string;
  readonly zoomBy: (factor: number) => void;
  readonly reset: () => void;
  readonly handlers: {
    readonly onWheel: (event: WheelEvent<SVGSVGElement>) => void;
    readonly onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
    readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
    readonly onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  };
}

const clamp = (scale: number): number => Math.min(8, Math.max(0.2, scale));

/** Wheel zooms, dragging the background pans; `unitsPerPixel` converts screen moves to viewBox units. */
export function useZoomPan(unitsPerPixel: () => number): ZoomPan {
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const zoomBy = useCallback((factor: number) => {
    setView((v) => ({ ...v, scale: clamp(v.scale * factor) }));
  }, []);
  const reset = useCallback(() => {
    setView({ scale: 1, x: 0, y: 0 });
  }, []);
  return {
    transform: `translate(${view.x} ${view.y}) scale(${view.scale})`,
    zoomBy,
    reset,
    handlers: {
      onWheel: (event) => {
        zoomBy(Math.exp(-event.deltaY * 0.0015));
      },
      onPointerDown: (event) => {
        // Only the background pans: a press on a node is a click on it.
        if (event.target instanceof Element && event.target.closest('[data-node-key]') !== null) return;
        drag.current = { x: event.clientX, y: event.clientY };
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove: (event) => {
        const from = drag.current;
        if (from === null) return;
        const ratio = unitsPerPixel();
        drag.current = { x: event.clientX, y: event.clientY };
        setView((v) => ({
          ...v,
          x: v.x + (event.clientX - from.x) * ratio,
          y: v.y + (event.clientY - from.y) * ratio,
        }));
      },
      onPointerUp: () => {
        drag.current = null;
      },
    },
  };
}
