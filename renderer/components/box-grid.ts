/** A rectangle on screen, in pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The side of a grid cell, in pixels: about two label heights, a fraction of a label's width. */
const cellSize = 40;

/**
 * Boxes filed by the cells of a uniform grid over the frame, so asking whether a box overlaps any
 * of them reads only the boxes near it. A box reaching past the frame is filed in the edge cells it
 * would cross: a box inside the frame still meets every box it overlaps.
 */
export class BoxGrid<T extends Box> {
  private readonly columns: number;
  private readonly rows: number;
  // Made as boxes arrive: most cells of a sparse graph stay empty.
  private readonly cells: (T[] | undefined)[] = [];

  constructor(frame: { readonly width: number; readonly height: number }) {
    this.columns = Math.max(1, Math.ceil(frame.width / cellSize));
    this.rows = Math.max(1, Math.ceil(frame.height / cellSize));
  }

  /** Files `box`; a box with a coordinate that is not a number overlaps nothing and is not filed. */
  add(box: T): void {
    const { left, right, top, bottom } = this.span(box);
    // NaN bounds make both loops empty, as `overlaps` is false for them.
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) {
        const at = row * this.columns + column;
        const cell = this.cells[at];
        if (cell === undefined) this.cells[at] = [box];
        else cell.push(box);
      }
  }

  /** Whether `box` overlaps a filed box other than those `except` holds for. */
  overlapsAny(box: Box, except?: (other: T) => boolean): boolean {
    const { left, right, top, bottom } = this.span(box);
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) {
        const cell = this.cells[row * this.columns + column];
        if (cell === undefined) continue;
        for (const other of cell) if (overlaps(box, other) && except?.(other) !== true) return true;
      }
    return false;
  }

  /** The cells `box` crosses, clamped to the grid. */
  private span(box: Box): Box {
    return {
      left: clamp(Math.floor(box.left / cellSize), this.columns),
      right: clamp(Math.floor(box.right / cellSize), this.columns),
      top: clamp(Math.floor(box.top / cellSize), this.rows),
      bottom: clamp(Math.floor(box.bottom / cellSize), this.rows),
    };
  }
}

const clamp = (cell: number, cells: number): number => Math.max(0, Math.min(cells - 1, cell));

/** Whether two boxes share some area (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
