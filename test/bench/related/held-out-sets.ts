/**
 * The held-out sets, in the order they were written (held-out-2 after round 3; held-out-3 to -63 each
 * blind while a round was tuned, run once after it): test/fixtures/related/README.md and each set's
 * README say how. A new set is one more number here; every related bench reads this list.
 */
export const heldOutSets: readonly string[] = Array.from({ length: 62 }, (_, i) => `held-out-${i + 2}`);

/**
 * The held-out sets a run imports: all but those named in `leaveOut` (a comma-separated list, from
 * `--leave-out`). Word weights are document counts over the whole library, so a run without a set
 * shows which of a round's gains on the other sets hang on that set's articles being there.
 */
export function setsLeftIn(leaveOut: string | null): readonly string[] {
  if (leaveOut === null) return heldOutSets;
  const names = leaveOut.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !heldOutSets.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `--leave-out: no held-out set named ${unknown.join(', ')} (held-out-2 … held-out-${heldOutSets.length + 1})`,
    );
  return heldOutSets.filter((name) => !names.includes(name));
}
