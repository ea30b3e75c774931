import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping, CsvTable, KnownLearner } from './roster';
import {
  cohortOf,
  csvSafeCell,
  guessColumnMapping,
  isPlausibleEmail,
  mapRow,
  mappingProblems,
  mapsCohorts,
  parseRosterCsv,
  reportToCsv,
  rowsToImport,
  validateRoster,
} from './roster';

function table(text: string): CsvTable {
  const parsed = parseRosterCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const basic: ColumnMapping = {
  studentNumber: 0,
  name: 1,
  firstName: null,
  lastName: null,
  email: 2,
  cohort: null,
  section: null,
};

describe('parseRosterCsv', () => {
  it.each([
    ['comma', 'id,name\r\nS1,Ann\r\n', ','],
    ['semicolon', 'id;name\nS1;Ann\n', ';'],
    ['tab', 'id\tname\nS1\tAnn\n', '\t'],
    ['pipe', 'id|name\nS1|Ann', '|'],
  ])('detects a %s delimiter', (_, text, delimiter) => {
    const parsed = table(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.headers).toEqual(['id', 'name']);
    expect(parsed.rows).toEqual([{ row: 2, cells: ['S1', 'Ann'] }]);
  });

  it('keeps quoted delimiters, quotes and line breaks, and trims cells', () => {
    const parsed = table('\uFEFF Id , Name \nS1,"Smith, ""Jo""\nJr"\n  S2  ;x,  Bo  \n');
    expect(parsed.headers).toEqual(['Id', 'Name']);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['S1', 'Smith, "Jo"\nJr'],
      ['S2  ;x', 'Bo'],
    ]);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const parsed = table('\nid,name\n\nS1,Ann\n , \nS2,Bo\n\n');
    expect(parsed.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('reports an unterminated quote on its row', () => {
    const parsed = table('id,name\nS1,Ann\nS2,"Bo\nS3,Cy\n');
    expect(parsed.syntaxProblems.map((p) => p.row)).toEqual([3]);
  });

  it('refuses an empty file and a file without learners', () => {
    const empty = parseRosterCsv(' \n\n');
    const headerOnly = parseRosterCsv('id,name\n');
    expect(empty.ok ? null : empty.message).toMatch(/empty/);
    expect(headerOnly.ok ? null : headerOnly.message).toMatch(/no learners/);
  });
});

describe('guessColumnMapping', () => {
  it('reads a Moodle participants export', () => {
    expect(
      guessColumnMapping(['First name', 'Surname', 'ID number', 'Email address', 'Groups']),
    ).toEqual({
      studentNumber: 2,
      name: null,
      firstName: 0,
      lastName: 1,
      email: 3,
      cohort: 4,
      section: null,
    });
  });

  it('reads a Brightspace classlist', () => {
    expect(
      guessColumnMapping([
        'Username',
        'OrgDefinedId',
        'Last Name',
        'First Name',
        'Email',
        'Section',
      ]),
    ).toMatchObject({
      studentNumber: 1,
      firstName: 3,
      lastName: 2,
      email: 4,
      section: 5,
      name: null,
    });
  });

  it('reads a Canvas export, preferring SIS User ID over Canvas’s own ID', () => {
    expect(
      guessColumnMapping(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section']),
    ).toMatchObject({ studentNumber: 2, name: 0, email: null, section: 4 });
  });

  it('reads a hand-made sheet', () => {
    expect(
      guessColumnMapping(['Student Number', 'Full name', 'E-mail', 'Cohort', 'Section']),
    ).toEqual({
      studentNumber: 0,
      name: 1,
      firstName: null,
      lastName: null,
      email: 2,
      cohort: 3,
      section: 4,
    });
    expect(guessColumnMapping(['Student ID', 'Name', 'Student email (uni)'])).toMatchObject({
      studentNumber: 0,
      name: 1,
      email: 2,
    });
  });

  it('maps nothing it does not recognise', () => {
    const mapping = guessColumnMapping(['foo', 'bar']);
    expect(Object.values(mapping).every((v) => v === null)).toBe(true);
    expect(mappingProblems(mapping)).toHaveLength(3);
  });
});

describe('mapping', () => {
  it('needs a student number, a name (or first/last) and an email', () => {
    expect(mappingProblems(basic)).toEqual([]);
    expect(mappingProblems({ ...basic, name: null, lastName: 3 })).toEqual([]);
    expect(mappingProblems({ ...basic, email: null })).toEqual([
      'Choose the column with the email address.',
    ]);
  });

  it('builds the name from first and last when there is no name', () => {
    const mapping = { ...basic, name: null, firstName: 1, lastName: 3 };
    expect(mapRow({ row: 2, cells: ['S1', 'Ann', 'a@x.org', 'Lee'] }, mapping).name).toBe(
      'Ann Lee',
    );
    expect(mapRow({ row: 2, cells: ['S1', '', 'a@x.org', 'Lee'] }, mapping).name).toBe('Lee');
    expect(mapRow({ row: 2, cells: ['S1'] }, mapping)).toEqual({
      studentNumber: 'S1',
      name: '',
      email: '',
      cohort: '',
      section: '',
    });
  });

  it('puts a learner in the cohort, or in a cohort named by the section alone', () => {
    const record = { studentNumber: 'S1', name: 'A', email: 'a@x.org', cohort: '', section: '' };
    expect(cohortOf(record)).toBeNull();
    expect(cohortOf({ ...record, cohort: '2025' })).toEqual({ name: '2025', section: null });
    expect(cohortOf({ ...record, cohort: '2025', section: 'B' })).toEqual({
      name: '2025',
      section: 'B',
    });
    expect(cohortOf({ ...record, section: 'B' })).toEqual({ name: 'B', section: null });
    expect(mapsCohorts(basic)).toBe(false);
    expect(mapsCohorts({ ...basic, section: 4 })).toBe(true);
  });
});

describe('isPlausibleEmail', () => {
  it.each(['a@x.org', 'first.last+tag@mail.uni.edu.au', 'ö@ü.de'])('accepts %s', (email) => {
    expect(isPlausibleEmail(email)).toBe(true);
  });
  it.each(['', 'a', 'a@x', '@x.org', 'a@@x.org', 'a b@x.org', 'a@x..org', 'a@.org', 'a@x.org.'])(
    'refuses %s',
    (email) => {
      expect(isPlausibleEmail(email)).toBe(false);
    },
  );
});

describe('validateRoster', () => {
  const existing: KnownLearner[] = [
    { studentNumber: 'S1', name: 'Ann Lee', email: 'ann@x.org' },
    { studentNumber: 'S2', name: 'Bo Chen', email: 'bo@x.org' },
  ];

  it('says what each row would do', () => {
    const report = validateRoster(
      table('id,name,email\nS1,Ann Lee,ann@x.org\nS2,Bo Chen,bo.chen@x.org\nS3,Cy,cy@x.org\n'),
      basic,
      existing,
    );
    expect(report.rows.map((r) => r.status)).toEqual(['unchanged', 'update', 'new']);
    expect(report.summary).toEqual({
      rows: 3,
      new: 1,
      updated: 1,
      unchanged: 1,
      rowsWithErrors: 0,
      errors: 0,
      warnings: 1,
    });
    expect(report.problems).toEqual([
      {
        row: 3,
        studentNumber: 'S2',
        field: 'email',
        severity: 'warning',
        code: 'email-changed',
        message: 'Attest has bo@x.org for S2; importing changes it to bo.chen@x.org.',
      },
    ]);
    expect(rowsToImport(report)).toHaveLength(3);
  });

  it('flags missing ids, names and emails, bad emails and every row of a duplicate id', () => {
    const report = validateRoster(
      table(
        'id,name,email\nS1,Ann,ann@x.org\n,No Id,noid@x.org\nS1,Ann again,ann2@x.org\nS4,,d@x.org\nS5,Eve,\nS6,Fay,fay@\nS7,Gus,gus@x.org,extra\n',
      ),
      basic,
      [],
    );
    const codes = report.problems.map((p) => [p.row, p.code, p.severity]);
    expect(codes).toEqual([
      [2, 'duplicate-id', 'error'],
      [3, 'missing-id', 'error'],
      [4, 'duplicate-id', 'error'],
      [5, 'missing-name', 'error'],
      [6, 'missing-email', 'error'],
      [7, 'bad-email', 'error'],
      [8, 'cell-count', 'warning'],
    ]);
    expect(report.problems[0]?.message).toBe('Student number S1 is on rows 2 and 4.');
    expect(report.summary).toMatchObject({
      rows: 7,
      new: 1,
      rowsWithErrors: 6,
      errors: 6,
      warnings: 1,
    });
    expect(rowsToImport(report).map((r) => r.record.studentNumber)).toEqual(['S7']);
  });

  it('warns when two learners share an email, and on a syntax error refuses the row', () => {
    const report = validateRoster(
      table('id,name,email\nS1,Ann,same@x.org\nS2,Bo,SAME@x.org\nS3,"Cy,cy@x.org\n'),
      basic,
      [],
    );
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'shared-email'],
      [3, 'shared-email'],
      [4, 'csv-syntax'],
      [4, 'cell-count'],
      [4, 'missing-email'],
    ]);
  });
});

describe('reportToCsv', () => {
  it('writes one line per problem, with a header', () => {
    const report = validateRoster(table('id,name,email\nS1,Ann,nope\n,Bo,bo@x.org\n'), basic, []);
    const rows = Papa.parse<string[]>(reportToCsv(report), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['Row', 'Student number', 'Field', 'Severity', 'Message'],
      ['2', 'S1', 'Email', 'Error', '“nope” is not an email address.'],
      ['3', '', 'Student number', 'Error', 'The student number is missing.'],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', 'a=b', ''].map(csvSafeCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'a=b',
      '',
    ]);
    const report = validateRoster(
      table('id,name,email\n=HYPERLINK("http://evil"),Ann,=cmd@x\n'),
      basic,
      [],
    );
    const rows = Papa.parse<string[]>(reportToCsv(report), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([
      '2',
      `'=HYPERLINK("http://evil")`,
      'Email',
      'Error',
      '“=cmd@x” is not an email address.',
    ]);
  });
});
