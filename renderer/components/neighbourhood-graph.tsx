import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ArticleGraph, GraphNode } from '../../main/shared/thread-types.ts';
import { useElementSize } from '../hooks/use-element-size.ts';
import { useZoomPan } from '../hooks/use-zoom-pan.ts';
import { forceLayout } from './force-layout.ts';
import { GraphZoomButtons } from './graph-zoom-buttons.tsx';
import { labelOrder } from './graph-label-order.ts';
import { fitToFrame, toScreen } from './graph-screen.ts';
import { placeLabels, type LabelCandidate } from './place-labels.ts';
import { shortTitle } from './short-title.ts';

interface Props {
  readonly graph: ArticleGraph;
  /** The node hovered here or in the lists below, else focused there: labelled in full, its edges lit. */
  readonly highlighted: string | null;
  /** The node whose name has the keyboard focus in the lists below: panned into view when off it. */
  readonly focused: string | null;
  readonly onHover: (key: string | null) => void;
  readonly onNode: (node: GraphNode) => void;
}

// Labels are drawn at this size in screen pixels whatever the zoom, so they stay legible at 200 nodes.
const labelFont = 13;
// The zoom group over the top right corner (its hint and three buttons), where no label goes.
const zoomButtonsWidth = 280;
const zoomButtonsHeight = 48;
// How near the frame's edges a focused node may sit before it is panned into view: room for its label.
const edgeRoom = 24;

const labelText = (node: GraphNode, whole: boolean): string => shortTitle(node.label, whole ? 90 : 34);

/** A node's label widths in pixels: its short label, and its whole one in bold (highlighted). */
interface LabelWidths {
  readonly short: number;
  readonly whole: number;
}

/**
 * Measures every node's labels as the stylesheet draws them, once per graph: a drag or a hover
 * redraws every label, and measuring 200 each time took ~5 ms a frame.
 */
function measureLabels(nodes: readonly GraphNode[], family: string): ReadonlyMap<string, LabelWidths> {
  const context = document.createElement('canvas').getContext('2d');
  const measure = (text: string, bold: boolean): number => {
    if (context === null) return text.length * labelFont * 0.6;
    context.font = `${bold ? '600 ' : ''}${labelFont}px ${family}`;
    return context.measureText(text).width;
  };
  return new Map(
    nodes.map((node) => [
      node.key,
      { short: measure(labelText(node, false), false), whole: measure(labelText(node, true), true) },
    ]),
  );
}

/**
 * An SVG force layout of an article's neighbourhood: articles as circles, entities as diamonds.
 * Drawn in screen pixels: the layout is fitted to the frame and zoomed and panned by the user, while
 * nodes and labels keep their size. Labels that would cover one another are left out.
 */
export function NeighbourhoodGraph({ graph, highlighted, focused, onHover, onNode }: Props): ReactNode {
  const svgRef = useRef<SVGSVGElement>(null);
  const frame = useElementSize(svgRef);
  const zoom = useZoomPan(svgRef);
  // Labels are measured in the font they are drawn in.
  const [family, setFamily] = useState('sans-serif');
  useLayoutEffect(() => {
    if (svgRef.current !== null) setFamily(getComputedStyle(svgRef.current).fontFamily);
  }, []);
  const positions = useMemo(
    () =>
      forceLayout(
        graph.nodes.map((node) => node.key),
        graph.edges,
        graph.centreKey,
      ),
    [graph],
  );
  const widths = useMemo(() => measureLabels(graph.nodes, family), [graph, family]);
  const fit = useMemo(() => fitToFrame([...positions.values()], frame), [positions, frame]);
  const screen = new Map([...positions].map(([key, at]) => [key, toScreen(at, fit, zoom.view, frame)]));
  const nodes = new Map(graph.nodes.map((node) => [node.key, node]));
  const candidates = labelOrder(graph, highlighted).flatMap((wish): LabelCandidate[] => {
    const node = nodes.get(wish.key);
    const at = screen.get(wish.key);
    if (node === undefined || at === undefined) return [];
    const lit = wish.key === highlighted;
    const measured = widths.get(wish.key);
    const width = measured === undefined ? 0 : lit ? measured.whole : measured.short;
    return [{ ...wish, x: at.x, y: at.y, width }];
  });
  // The zoom buttons sit over the frame's top right corner: no label goes under them.
  const buttons = {
    left: frame.width - zoomButtonsWidth,
    right: frame.width,
    top: 0,
    bottom: zoomButtonsHeight,
  };
  const labels = frame.width === 0 ? [] : placeLabels(candidates, frame, [buttons]);

  // A name focused in the lists whose node is off the zoomed or panned view: the node is brought to
  // the middle, so it and its label are seen. Once per focus: the user may pan away again.
  const focusedAt = focused === null ? undefined : screen.get(focused);
  const pannedFor = useRef<string | null>(null);
  const { panBy } = zoom;
  useEffect(() => {
    if (focused === pannedFor.current) return;
    pannedFor.current = focused;
    if (focusedAt === undefined || frame.width === 0) return;
    const inView =
      focusedAt.x >= edgeRoom &&
      focusedAt.x <= frame.width - edgeRoom &&
      focusedAt.y >= edgeRoom &&
      focusedAt.y <= frame.height - edgeRoom;
    if (!inView) panBy(frame.width / 2 - focusedAt.x, frame.height / 2 - focusedAt.y);
  }, [focused, focusedAt, frame, panBy]);
  const articles = graph.nodes.filter((node) => node.kind === 'article').length;

  return (
    <div className="graph-frame">
      <GraphZoomButtons zoom={zoom} />
      <svg
        ref={svgRef}
        className="graph-svg"
        viewBox={`0 0 ${Math.max(frame.width, 1)} ${Math.max(frame.height, 1)}`}
        role="img"
        aria-label={`Graph of ${articles} articles and ${graph.nodes.length - articles} entities`}
        {...zoom.handlers}
      >
        {graph.edges.map((edge) => {
          const a = screen.get(edge.source);
          const b = screen.get(edge.target);
          if (a === undefined || b === undefined) return null;
          const lit = highlighted !== null && (edge.source === highlighted || edge.target === highlighted);
          return (
            <line
              key={`${edge.source}|${edge.target}|${edge.type}`}
              className={`graph-edge graph-edge-${edge.kind}${lit ? ' lit' : ''}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
            />
          );
        })}
        {graph.nodes.map((node) => {
          const at = screen.get(node.key);
          if (at === undefined) return null;
          const centre = node.key === graph.centreKey;
          const lit = node.key === highlighted;
          return (
            <g
              key={node.key}
              data-node-key={node.key}
              className={`graph-node graph-${node.kind}${centre ? ' centre' : ''}${lit ? ' lit' : ''}`}
              transform={`translate(${at.x} ${at.y})`}
              onPointerEnter={() => {
                onHover(node.key);
              }}
              onPointerLeave={() => {
                onHover(null);
              }}
              onClick={() => {
                onNode(node);
              }}
            >
              <title>{node.kind === 'article' ? node.label : `${node.label} (${node.entityType})`}</title>
              {node.kind === 'article' ? (
                <circle r={centre ? 11 : node.depth <= 1 ? 7 : 5} />
              ) : (
                <rect x={-5} y={-5} width={10} height={10} transform="rotate(45)" />
              )}
            </g>
          );
        })}
        {/* Above every node, so no circle covers a label; they let clicks through to the nodes. */}
        {labels.map(({ key, x }) => {
          const node = nodes.get(key);
          const at = screen.get(key);
          if (node === undefined || at === undefined) return null;
          return (
            <text
              key={key}
              className={`graph-label${key === highlighted ? ' lit' : ''}`}
              data-label-key={key}
              x={x}
              y={at.y}
              dominantBaseline="central"
              fontSize={labelFont}
            >
              {labelText(node, key === highlighted)}
            </text>
          );
        })}
      </svg>
    </div>
  );
}
