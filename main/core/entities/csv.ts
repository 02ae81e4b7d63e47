/** One CSV cell's value: text, a number, or empty. */
export type CsvCell = string | number | null;

// Spreadsheets run a cell starting with one of these as a formula (CSV injection); a leading
// apostrophe makes them show it as text.
const formulaStart = /^[=+\-@\t\r]/u;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** RFC 4180 CSV: a header row then one row per record, CRLF line ends, text cells guarded against formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}
