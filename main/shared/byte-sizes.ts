/**
 * A byte count as megabytes with one decimal and grouped thousands: "2,297.4 MB". Rounded up when
 * `rounding` is 'up' (space a task needs: never shown as less than it is).
 */
export function megabytes(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): string {
  const tenths = rounding === 'up' ? Math.ceil(bytes / 104_857.6) / 10 : bytes / 1_048_576;
  const value = tenths.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${value} MB`;
}
