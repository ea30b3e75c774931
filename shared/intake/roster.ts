/**
 * Roster import rules, pure: parse a CSV, map its columns to learner fields,
 * validate the rows against the learners Attest has, and export the report.
 */
export * from './parseRosterCsv';
export * from './columnMapping';
export * from './validateRoster';
export * from './reportToCsv';
