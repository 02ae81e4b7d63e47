/**
 * The held-out sets, in the order they were written (held-out-2 after round 3; held-out-3 to -45 each
 * blind while a round was tuned, run once after it): test/fixtures/related/README.md and each set's
 * README say how. A new set is one more number here; every related bench reads this list.
 */
export const heldOutSets: readonly string[] = Array.from({ length: 44 }, (_, i) => `held-out-${i + 2}`);
