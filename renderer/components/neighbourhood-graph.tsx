import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { ArticleGraph, GraphNode } from '../../main/shared/thread-types.ts';
import { useZoomPan } from '../hooks/use-zoom-pan.ts';
import { forceLayout } from './force-layout.ts';

interface Props {
  readonly graph: ArticleGraph;
  readonly onNode: (node: GraphNode) => void;
}

// Up to this many nodes every label fits; above it only the centre, its neighbours and the hovered ones.
const allLabelsUpTo = 40;
const labelLength = 28;
const padding = 40;
// Labels run to the right of their node, so that side gets room for one.
const labelRoom = 180;
// A small graph is drawn at this size at least, not blown up to fill the frame.
const minWidth = 900;
const minHeight = 480;

/** The viewBox around the laid-out nodes, with room for labels, never smaller than the minimum. */
function viewBox(
  xs: readonly number[],
  ys: readonly number[],
): { x: number; y: number; width: number; height: number } {
  const [left, right] = [Math.min(0, ...xs) - padding, Math.max(0, ...xs) + labelRoom];
  const [top, bottom] = [Math.min(0, ...ys) - padding, Math.max(0, ...ys) + padding];
  const width = Math.max(right - left, minWidth);
  const height = Math.max(bottom - top, minHeight);
  return { x: (left + right - width) / 2, y: (top + bottom - height) / 2, width, height };
}

function shortLabel(label: string): string {
  return label.length <= labelLength ? label : `${label.slice(0, labelLength - 1)}…`;
}

/** An SVG force layout of an article's neighbourhood: articles as circles, entities as diamonds. */
export function NeighbourhoodGraph({ graph, onNode }: Props): ReactNode {
  const svgRef = useRef<SVGSVGElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const positions = useMemo(
    () =>
      forceLayout(
        graph.nodes.map((node) => node.key),
        graph.edges,
        graph.centreKey,
      ),
    [graph],
  );
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const box = viewBox(xs, ys);
  const zoom = useZoomPan(() => {
    const width = svgRef.current?.clientWidth ?? 0;
    return width > 0 ? Math.max(box.width / width, box.height / (svgRef.current?.clientHeight ?? 1)) : 1;
  });
  const near = new Set<string>([graph.centreKey]);
  for (const edge of graph.edges) {
    const focus = hovered ?? graph.centreKey;
    if (edge.source === focus) near.add(edge.target);
    if (edge.target === focus) near.add(edge.source);
  }
  if (hovered !== null) near.add(hovered);
  const labelled = (node: GraphNode): boolean => graph.nodes.length <= allLabelsUpTo || near.has(node.key);
  const articles = graph.nodes.filter((node) => node.kind === 'article').length;

  return (
    <div className="graph-frame">
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            zoom.zoomBy(1.25);
          }}
          aria-label="Zoom in"
        >
          +
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            zoom.zoomBy(0.8);
          }}
          aria-label="Zoom out"
        >
          −
        </button>
        <button type="button" className="button quiet" onClick={zoom.reset}>
          Fit
        </button>
      </div>
      <svg
        ref={svgRef}
        className="graph-svg"
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={`Graph of ${articles} articles and ${graph.nodes.length - articles} entities`}
        {...zoom.handlers}
      >
        <g transform={zoom.transform}>
          {graph.edges.map((edge) => {
            const a = positions.get(edge.source);
            const b = positions.get(edge.target);
            if (a === undefined || b === undefined) return null;
            const lit = hovered !== null && (edge.source === hovered || edge.target === hovered);
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
            const at = positions.get(node.key);
            if (at === undefined) return null;
            const centre = node.key === graph.centreKey;
            return (
              <g
                key={node.key}
                data-node-key={node.key}
                className={`graph-node graph-${node.kind}${centre ? ' centre' : ''}`}
                transform={`translate(${at.x} ${at.y})`}
                onPointerEnter={() => {
                  setHovered(node.key);
                }}
                onPointerLeave={() => {
                  setHovered((current) => (current === node.key ? null : current));
                }}
                onClick={() => {
                  onNode(node);
                }}
              >
                <title>{node.kind === 'article' ? node.label : `${node.label} (${node.entityType})`}</title>
                {node.kind === 'article' ? (
                  <circle r={centre ? 11 : 7} />
                ) : (
                  <rect x={-6} y={-6} width={12} height={12} transform="rotate(45)" />
                )}
                {labelled(node) ? (
                  <text x={centre ? 15 : 11} y={4}>
                    {shortLabel(node.label)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
