// CSV for spreadsheet programs: a BOM so Excel reads UTF-8 (accents in names), CRLF rows,
// RFC 4180 quoting, and formula injection neutralised (a cell starting with = + - @ or a
// tab/CR would be run as a formula by Excel or LibreOffice when the file is opened).
const FORMULA_START = /^[=+\-@\t\r]/;

type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
