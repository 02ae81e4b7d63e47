/** A byte count as megabytes with one decimal and grouped thousands: "2,297.4 MB". */
export function megabytes(bytes: number): string {
  const value = (bytes / 1_048_576).toLocaleString('en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${value} MB`;
}
