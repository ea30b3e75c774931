/**
 * Which column of a roster file holds which learner field, and a first guess
 * from the header names that common LMS and SIS exports use (Moodle,
 * Brightspace, Canvas, Blackboard, spreadsheets).
 */
import type { CsvRow } from './parseRosterCsv';

export const rosterFields = [
  'studentNumber',
  'name',
  'firstName',
  'lastName',
  'email',
  'cohort',
  'section',
] as const;
export type RosterField = (typeof rosterFields)[number];

export const rosterFieldLabels: Readonly<Record<RosterField, string>> = {
  studentNumber: 'Student number',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  cohort: 'Cohort',
  section: 'Section',
};

/** The column index of each field, or null when the file does not have it. */
export type ColumnMapping = Readonly<Record<RosterField, number | null>>;

/** What one row says about a learner once the mapping is applied (cells trimmed, '' when absent). */
export interface RosterRecord {
  readonly studentNumber: string;
  readonly name: string;
  readonly email: string;
  readonly cohort: string;
  readonly section: string;
}

/** Header spellings per field, best first; compared without case, spaces or punctuation. */
const synonyms: Readonly<Record<RosterField, readonly string[]>> = {
  studentNumber: [
    'studentnumber',
    'studentno',
    'studentid',
    'studentidnumber',
    'orgdefinedid',
    'sisuserid',
    'sisid',
    'idnumber',
    'matriculationnumber',
    'matricnumber',
    'registrationnumber',
    'learnerid',
    'learnernumber',
    'studentcode',
    'id',
  ],
  name: ['name', 'fullname', 'studentname', 'learnername', 'displayname', 'student'],
  firstName: ['firstname', 'givenname', 'givennames', 'forename', 'forenames', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: [
    'email',
    'emailaddress',
    'studentemail',
    'studentemailaddress',
    'institutionalemail',
    'universityemail',
    'primaryemail',
    'mail',
  ],
  cohort: ['cohort', 'cohortname', 'group', 'groups', 'groupname', 'class', 'classname', 'intake'],
  section: ['section', 'sections', 'sectionname', 'coursesection'],
};

const normalise = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const emptyMapping: ColumnMapping = {
  studentNumber: null,
  name: null,
  firstName: null,
  lastName: null,
  email: null,
  cohort: null,
  section: null,
};

/**
 * The best guess for each field: the header whose spelling ranks highest for
 * it, each column used once. A file with both first and last name columns
 * maps those and leaves the full name out (it is built from the two).
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normalise);
  const used = new Set<number>();
  const pick = (field: RosterField): number | null => {
    for (const spelling of synonyms[field]) {
      const index = normalised.findIndex((header, i) => header === spelling && !used.has(i));
      if (index !== -1) {
        used.add(index);
        return index;
      }
    }
    return null;
  };
  const guess: Record<RosterField, number | null> = { ...emptyMapping };
  for (const field of ['studentNumber', 'email', 'firstName', 'lastName', 'name'] as const) {
    guess[field] = pick(field);
  }
  if (guess.email === null) {
    const index = normalised.findIndex((header, i) => header.includes('email') && !used.has(i));
    if (index !== -1) {
      used.add(index);
      guess.email = index;
    }
  }
  if (guess.firstName !== null && guess.lastName !== null) {
    guess.name = null;
  } else if (guess.name !== null) {
    guess.firstName = null;
    guess.lastName = null;
  }
  guess.cohort = pick('cohort');
  guess.section = pick('section');
  return guess;
}

/** Why a mapping cannot be used yet, in the words the mapping step shows; empty when it can. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (mapping.studentNumber === null) problems.push('Choose the column with the student number.');
  if (mapping.name === null && mapping.firstName === null && mapping.lastName === null) {
    problems.push('Choose the column with the name, or the first and last name columns.');
  }
  if (mapping.email === null) problems.push('Choose the column with the email address.');
  return problems;
}

/** True when the file gives learners a cohort (or a section, which then names the cohort). */
export function mapsCohorts(mapping: ColumnMapping): boolean {
  return mapping.cohort !== null || mapping.section !== null;
}

/** The row's values for each field. The name is the name column or, when that is empty, first + last. */
export function mapRow(row: CsvRow, mapping: ColumnMapping): RosterRecord {
  const cell = (field: RosterField): string => {
    const index = mapping[field];
    return index === null ? '' : (row.cells[index] ?? '');
  };
  const fullName = cell('name');
  const name =
    fullName !== ''
      ? fullName
      : [cell('firstName'), cell('lastName')].filter((part) => part !== '').join(' ');
  return {
    studentNumber: cell('studentNumber'),
    name,
    email: cell('email'),
    cohort: cell('cohort'),
    section: cell('section'),
  };
}
