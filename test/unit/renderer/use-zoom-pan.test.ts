// @vitest-environment jsdom
import { act, createElement, useRef, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useZoomPan, type ZoomPan } from '../../../renderer/hooks/use-zoom-pan.ts';

// React's act() warns outside a test environment it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** Mounts the hook on an <svg>, and hands back the svg and the hook's latest state. */
function mount(): { svg: SVGSVGElement; zoom: () => ZoomPan } {
  let zoom: ZoomPan | null = null;
  function Probe(): ReactNode {
    const ref = useRef<SVGSVGElement>(null);
    zoom = useZoomPan(ref);
    return createElement('svg', { ref });
  }
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => {
    root.render(createElement(Probe));
  });
  cleanup = () => {
    act(() => {
      root.unmount();
    });
    host.remove();
  };
  const svg = host.querySelector('svg');
  if (svg === null) throw new Error('not rendered');
  return {
    svg,
    zoom: () => {
      if (zoom === null) throw new Error('not rendered');
      return zoom;
    },
  };
}

/** Turns the wheel a notch towards the user over `svg`; whether the page was kept from scrolling. */
function wheel(svg: SVGSVGElement, keys: { ctrlKey?: boolean; metaKey?: boolean } = {}): boolean {
  const event = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, ...keys });
  act(() => {
    svg.dispatchEvent(event);
  });
  return event.defaultPrevented;
}

describe('the wheel over the graph', () => {
  it('scrolls the page and leaves the graph alone without Ctrl or ⌘', () => {
    const { svg, zoom } = mount();
    expect(wheel(svg)).toBe(false);
    expect(zoom().view).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('zooms in with Ctrl (a trackpad pinch) or ⌘, and then does not scroll the page', () => {
    const { svg, zoom } = mount();
    expect(wheel(svg, { ctrlKey: true })).toBe(true);
    const once = zoom().view.scale;
    expect(once).toBeGreaterThan(1);
    expect(wheel(svg, { metaKey: true })).toBe(true);
    expect(zoom().view.scale).toBeGreaterThan(once);
  });
});
