/**
 * Checks a mapped roster against itself and the learners Attest already has,
 * before anything is written: what each row would do (new, update,
 * unchanged) and every problem, with its row, field and severity.
 */
import type { ColumnMapping, RosterField, RosterRecord } from './columnMapping';
import { mapRow } from './columnMapping';
import type { CsvTable } from './parseRosterCsv';

export type RowStatus = 'new' | 'update' | 'unchanged';
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'csv-syntax'
  | 'cell-count'
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-name'
  | 'missing-email'
  | 'bad-email'
  | 'email-changed'
  | 'shared-email';

export interface RosterProblem {
  /** The row as a spreadsheet numbers it (header = 1). */
  readonly row: number;
  readonly studentNumber: string;
  /** The learner field concerned, or 'row' for the row as a whole. */
  readonly field: RosterField | 'row';
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly message: string;
}

export interface RosterRowResult {
  readonly row: number;
  readonly record: RosterRecord;
  /** What importing the row would do to the learner record. */
  readonly status: RowStatus;
  readonly problems: readonly RosterProblem[];
  /** False when the row has an error: it can only be skipped, never imported. */
  readonly valid: boolean;
}

export interface RosterSummary {
  readonly rows: number;
  /** New, updated and unchanged count valid rows only: what an import would do. */
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rowsWithErrors: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface RosterReport {
  readonly rows: readonly RosterRowResult[];
  /** Every problem, in row order. */
  readonly problems: readonly RosterProblem[];
  readonly summary: RosterSummary;
}

/** What validation needs to know of a learner already in Attest. */
export interface KnownLearner {
  readonly studentNumber: string;
  readonly name: string;
  readonly email: string;
}

/** A pragmatic address check: one @, something before it, a dotted domain after, no spaces. */
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

export function isPlausibleEmail(email: string): boolean {
  return emailPattern.test(email);
}

const listRows = (rows: readonly number[]): string =>
  rows.length <= 2
    ? rows.join(' and ')
    : `${rows.slice(0, -1).join(', ')} and ${String(rows.at(-1))}`;

function groupRows(
  records: readonly { row: number; key: string }[],
): ReadonlyMap<string, readonly number[]> {
  const groups = new Map<string, number[]>();
  for (const { row, key } of records) {
    if (key === '') continue;
    const rows = groups.get(key) ?? [];
    rows.push(row);
    groups.set(key, rows);
  }
  return groups;
}

function statusOf(record: RosterRecord, known: KnownLearner | undefined): RowStatus {
  if (known === undefined) return 'new';
  return known.name === record.name && known.email === record.email ? 'unchanged' : 'update';
}

export function validateRoster(
  table: CsvTable,
  mapping: ColumnMapping,
  existingLearners: readonly KnownLearner[],
): RosterReport {
  const existing = new Map(existingLearners.map((l) => [l.studentNumber, l]));
  const mapped = table.rows.map((row) => ({ row, record: mapRow(row, mapping) }));
  const byId = groupRows(
    mapped.map(({ row, record }) => ({ row: row.row, key: record.studentNumber })),
  );
  const byEmail = groupRows(
    mapped.map(({ row, record }) => ({ row: row.row, key: record.email.toLowerCase() })),
  );

  const rows = mapped.map(({ row, record }): RosterRowResult => {
    const problems: RosterProblem[] = [];
    const add = (
      field: RosterProblem['field'],
      severity: ProblemSeverity,
      code: ProblemCode,
      message: string,
    ) =>
      problems.push({
        row: row.row,
        studentNumber: record.studentNumber,
        field,
        severity,
        code,
        message,
      });

    for (const syntax of table.syntaxProblems) {
      if (syntax.row === row.row) add('row', 'error', 'csv-syntax', syntax.message);
    }
    if (row.cells.length !== table.headers.length) {
      add(
        'row',
        'warning',
        'cell-count',
        `The row has ${row.cells.length} cells but the header has ${table.headers.length}: check its delimiters and quotes.`,
      );
    }
    if (record.studentNumber === '') {
      add('studentNumber', 'error', 'missing-id', 'The student number is missing.');
    } else {
      const same = byId.get(record.studentNumber) ?? [];
      if (same.length > 1) {
        add(
          'studentNumber',
          'error',
          'duplicate-id',
          `Student number ${record.studentNumber} is on rows ${listRows(same)}.`,
        );
      }
    }
    if (record.name === '') add('name', 'error', 'missing-name', 'The name is missing.');
    if (record.email === '') {
      add('email', 'error', 'missing-email', 'The email address is missing.');
    } else if (!isPlausibleEmail(record.email)) {
      add('email', 'error', 'bad-email', `“${record.email}” is not an email address.`);
    } else {
      const known = existing.get(record.studentNumber);
      if (known !== undefined && known.email.toLowerCase() !== record.email.toLowerCase()) {
        add(
          'email',
          'warning',
          'email-changed',
          `Attest has ${known.email} for ${record.studentNumber}; importing changes it to ${record.email}.`,
        );
      }
      const sharing = byEmail.get(record.email.toLowerCase()) ?? [];
      if (sharing.length > 1) {
        add('email', 'warning', 'shared-email', `${record.email} is on rows ${listRows(sharing)}.`);
      }
    }
    const status = statusOf(record, existing.get(record.studentNumber));
    return {
      row: row.row,
      record,
      status,
      problems,
      valid: problems.every((p) => p.severity !== 'error'),
    };
  });

  const valid = rows.filter((r) => r.valid);
  const problems = rows.flatMap((r) => r.problems);
  return {
    rows,
    problems,
    summary: {
      rows: rows.length,
      new: valid.filter((r) => r.status === 'new').length,
      updated: valid.filter((r) => r.status === 'update').length,
      unchanged: valid.filter((r) => r.status === 'unchanged').length,
      rowsWithErrors: rows.length - valid.length,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
    },
  };
}

/** The cohort a record puts its learner in: the cohort column, or the section alone when there is no cohort. */
export function cohortOf(record: RosterRecord): { name: string; section: string | null } | null {
  if (record.cohort !== '') {
    return { name: record.cohort, section: record.section === '' ? null : record.section };
  }
  return record.section === '' ? null : { name: record.section, section: null };
}

/** The rows an import writes: those without errors (all of them, when the report has none). */
export function rowsToImport(report: RosterReport): readonly RosterRowResult[] {
  return report.rows.filter((r) => r.valid);
}
