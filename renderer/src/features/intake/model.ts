/**
 * Decisions of the roster import that need no React: what the mapping step
 * still needs, the preview, what an import writes, and file names. The
 * roster rules themselves live in shared/intake/roster.ts.
 */
import type { Cohort, Id, Learner } from '../../../../shared/domain';
import type {
  ColumnMapping,
  CsvTable,
  RosterRecord,
  RosterReport,
} from '../../../../shared/intake/roster';
import {
  cohortOf,
  mapRow,
  mappingProblems,
  mapsCohorts,
  rowsToImport,
} from '../../../../shared/intake/roster';
import type { RosterEntry } from '../../db/repositories/learners';

export const previewSize = 10;

/** The first rows of the file as the mapping reads them. */
export function previewRows(
  table: CsvTable,
  mapping: ColumnMapping,
): readonly { readonly row: number; readonly record: RosterRecord }[] {
  return table.rows
    .slice(0, previewSize)
    .map((row) => ({ row: row.row, record: mapRow(row, mapping) }));
}

/** What keeps the mapping step from going on, in the words it shows. Empty when it may. */
export function mappingBlockers(
  mapping: ColumnMapping,
  programId: Id | null,
  programCount: number,
): string[] {
  const blockers = mappingProblems(mapping);
  if (mapsCohorts(mapping) && programId === null) {
    blockers.push(
      programCount === 0
        ? 'Cohorts belong to a program and there is none yet: create one in Programs, or set Cohort and Section to “Not in the file”.'
        : 'Choose the program the cohorts belong to.',
    );
  }
  return blockers;
}

/** The program preselected for cohorts: the only one, when there is exactly one. */
export function defaultProgramId(programIds: readonly Id[]): Id | null {
  return programIds.length === 1 ? (programIds[0] ?? null) : null;
}

export type ImportChoice = 'all' | 'valid-only';

/** May this choice import? "all" only when no row has an error; "valid-only" when some row is valid. */
export function canImport(report: RosterReport, choice: ImportChoice): boolean {
  const valid = report.summary.rows - report.summary.rowsWithErrors;
  return choice === 'all' ? report.summary.rowsWithErrors === 0 && valid > 0 : valid > 0;
}

/** The entries an import writes: the valid rows, with their cohort when the file maps one. */
export function rosterEntries(report: RosterReport, mapping: ColumnMapping): RosterEntry[] {
  const withCohorts = mapsCohorts(mapping);
  return rowsToImport(report).map(({ record }) => ({
    learner: { studentNumber: record.studentNumber, name: record.name, email: record.email },
    cohort: withCohorts ? cohortOf(record) : null,
  }));
}

/** "roster.csv" → "roster-report.csv". */
export function reportFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/u, '');
  return `${base === '' ? 'roster' : base}-report.csv`;
}

/** How a list shows a learner's cohorts: "Cohort · Section", comma-separated, sorted. */
export function cohortLabel(cohorts: readonly Cohort[]): string {
  return cohorts
    .map((c) => (c.section === null ? c.name : `${c.name} · ${c.section}`))
    .sort((a, b) => a.localeCompare(b))
    .join(', ');
}

export interface RosterLine {
  readonly learner: Learner;
  readonly cohorts: string;
}

/** How many roster lines the Learners table shows at once; the rest are found by searching. */
export const ROSTER_SHOWN = 100;

/**
 * The roster lines matching `query` (student number, name or email, ignoring
 * case and accents), the first `limit` of them, and how many matched in all.
 */
export function findRosterLines(
  lines: readonly RosterLine[],
  query: string,
  limit = ROSTER_SHOWN,
): { readonly shown: readonly RosterLine[]; readonly matching: number } {
  const fold = (text: string) =>
    text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-CA');
  const wanted = fold(query.trim());
  const matching =
    wanted === ''
      ? lines
      : lines.filter(({ learner }) =>
          [learner.studentNumber, learner.name, learner.email].some((field) =>
            fold(field).includes(wanted),
          ),
        );
  return { shown: matching.slice(0, limit), matching: matching.length };
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;
