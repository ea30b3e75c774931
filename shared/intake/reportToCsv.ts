/** The validation report as a CSV a lead can open in a spreadsheet: one line per problem. */
import Papa from 'papaparse';
import { rosterFieldLabels } from './columnMapping';
import type { RosterProblem, RosterReport } from './validateRoster';

export const reportColumns = ['Row', 'Student number', 'Field', 'Severity', 'Message'] as const;

/**
 * A cell a spreadsheet will not run as a formula (CSV injection, OWASP):
 * text starting with = + - @ (or a tab or carriage return) gets a leading '.
 */
export function csvSafeCell(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

function fieldLabel(field: RosterProblem['field']): string {
  return field === 'row' ? 'Row' : rosterFieldLabels[field];
}

export function reportToCsv(report: RosterReport): string {
  const data = report.problems.map((problem) =>
    [
      String(problem.row),
      problem.studentNumber,
      fieldLabel(problem.field),
      problem.severity === 'error' ? 'Error' : 'Warning',
      problem.message,
    ].map(csvSafeCell),
  );
  return `${Papa.unparse({ fields: [...reportColumns], data }, { newline: '\r\n' })}\r\n`;
}
