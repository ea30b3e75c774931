/**
 * Reads a roster CSV into a header row and data rows with papaparse: the
 * delimiter is detected (comma, semicolon, tab, pipe), quoted fields may hold
 * delimiters, quotes and line breaks, and every cell is trimmed.
 */
import Papa from 'papaparse';

/** One data row of the file. `row` is its number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A problem with the file's syntax (an unterminated quote), on a spreadsheet row number. */
export interface CsvSyntaxProblem {
  readonly row: number;
  readonly message: string;
}

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  /** The delimiter that was detected. */
  readonly delimiter: string;
  readonly syntaxProblems: readonly CsvSyntaxProblem[];
}

export type ParseRosterResult =
  | { readonly ok: true; readonly value: CsvTable }
  | { readonly ok: false; readonly message: string };

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell === '');

function detectDelimiter(text: string): string {
  // Detection on non-blank lines only: a trailing blank line would otherwise
  // make a short file look like a single column.
  const probe = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' });
  return probe.meta.delimiter;
}

export function parseRosterCsv(text: string): ParseRosterResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  // Blank lines are kept here and dropped below, so record indices stay row numbers.
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  const records = parsed.data.map((cells) => cells.map((cell) => cell.trim()));
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  const headers = records[headerIndex];
  if (headerIndex === -1 || headers === undefined) {
    return { ok: false, message: 'The file is empty: a roster needs a header row and learners.' };
  }
  const rows = records.flatMap((cells, index) =>
    index > headerIndex && !isBlank(cells) ? [{ row: index + 1, cells }] : [],
  );
  if (rows.length === 0) {
    return { ok: false, message: 'The file has a header row but no learners below it.' };
  }
  const syntaxProblems = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: (error.row ?? headerIndex) + 1,
      message: `${error.message}: check the quotes on this row.`,
    }));
  return { ok: true, value: { headers, rows, delimiter, syntaxProblems } };
}
