/** How many items one slice sorts or merges before it may hand the event loop back. */
const sliceItems = 8192;

/**
 * Sorts strings by code unit (as `Array.prototype.sort()` does) without holding the event loop for
 * long: runs of `sliceItems` are sorted natively, then merged pairwise, awaiting `pause` between
 * slices. Sorting a 100k-article vocabulary in one call stalls the app for about a second.
 */
export async function sortInSlices(items: readonly string[], pause: () => Promise<void>): Promise<string[]> {
  const steps = sortSteps(items);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}

/** The same sort as steps: each `next()` does one slice (a caller may also run them all at once). */
export function* sortSteps(items: readonly string[]): Generator<void, string[]> {
  let from = [...items];
  for (let start = 0; start < from.length; start += sliceItems) {
    const run = from.slice(start, start + sliceItems).sort();
    for (let i = 0; i < run.length; i += 1) from[start + i] = run[i] ?? '';
    yield;
  }
  let to = new Array<string>(from.length);
  for (let width = sliceItems; width < from.length; width *= 2) {
    let budget = sliceItems;
    for (let low = 0; low < from.length; low += 2 * width) {
      const middle = Math.min(low + width, from.length);
      const high = Math.min(low + 2 * width, from.length);
      let a = low;
      let b = middle;
      for (let out = low; out < high; out += 1) {
        const left = from[a] ?? '';
        const right = from[b] ?? '';
        if (b >= high || (a < middle && left <= right)) {
          to[out] = left;
          a += 1;
        } else {
          to[out] = right;
          b += 1;
        }
        if (--budget === 0) {
          budget = sliceItems * 4;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
