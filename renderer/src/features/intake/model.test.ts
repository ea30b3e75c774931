import { describe, expect, it } from 'vitest';
import type { ColumnMapping, CsvTable } from '../../../../shared/intake/roster';
import { parseRosterCsv, validateRoster } from '../../../../shared/intake/roster';
import { makeCohort, makeLearner } from '../../db/testing/factories';
import {
  findRosterLines,
  canImport,
  cohortLabel,
  defaultProgramId,
  mappingBlockers,
  previewRows,
  reportFileName,
  rosterEntries,
} from './model';

function table(text: string): CsvTable {
  const parsed = parseRosterCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const mapping: ColumnMapping = {
  studentNumber: 0,
  name: 1,
  firstName: null,
  lastName: null,
  email: 2,
  cohort: 3,
  section: null,
};

describe('roster import model', () => {
  it('previews the first ten rows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `S${String(i)},N,e${String(i)}@x.org,C`);
    const preview = previewRows(table(['id,name,email,cohort', ...rows].join('\n')), mapping);
    expect(preview).toHaveLength(10);
    expect(preview[0]).toEqual({
      row: 2,
      record: { studentNumber: 'S0', name: 'N', email: 'e0@x.org', cohort: 'C', section: '' },
    });
  });

  it('asks for a program only when the file has cohorts', () => {
    expect(mappingBlockers(mapping, 'p1', 1)).toEqual([]);
    expect(mappingBlockers(mapping, null, 2)).toEqual([
      'Choose the program the cohorts belong to.',
    ]);
    expect(mappingBlockers(mapping, null, 0)[0]).toMatch(/there is none yet/);
    expect(mappingBlockers({ ...mapping, cohort: null }, null, 0)).toEqual([]);
    expect(defaultProgramId(['p1'])).toBe('p1');
    expect(defaultProgramId(['p1', 'p2'])).toBeNull();
    expect(defaultProgramId([])).toBeNull();
  });

  it('imports everything only without errors, and the valid rows only when chosen', () => {
    const clean = validateRoster(table('id,name,email,cohort\nS1,Ann,a@x.org,C\n'), mapping, []);
    expect(canImport(clean, 'all')).toBe(true);
    const mixed = validateRoster(
      table('id,name,email,cohort\nS1,Ann,a@x.org,C\nS2,Bo,nope,\n'),
      mapping,
      [],
    );
    expect(canImport(mixed, 'all')).toBe(false);
    expect(canImport(mixed, 'valid-only')).toBe(true);
    expect(rosterEntries(mixed, mapping)).toEqual([
      {
        learner: { studentNumber: 'S1', name: 'Ann', email: 'a@x.org' },
        cohort: { name: 'C', section: null },
      },
    ]);
    expect(rosterEntries(mixed, { ...mapping, cohort: null })[0]?.cohort).toBeNull();
    const broken = validateRoster(table('id,name,email,cohort\nS1,,,\n'), mapping, []);
    expect(canImport(broken, 'valid-only')).toBe(false);
  });

  it('names the report after the roster and labels cohorts', () => {
    expect(reportFileName('roster.csv')).toBe('roster-report.csv');
    expect(reportFileName('class.list.txt')).toBe('class.list-report.csv');
    expect(reportFileName('.csv')).toBe('roster-report.csv');
    expect(
      cohortLabel([
        makeCohort({ name: 'Spring', section: 'B' }),
        makeCohort({ name: 'Autumn', section: null }),
      ]),
    ).toBe('Autumn, Spring · B');
  });
});

describe('finding learners in a large roster', () => {
  const line = (studentNumber: string, name: string) => ({
    learner: makeLearner({ studentNumber, name, email: `${studentNumber}@uni.example` }),
    cohorts: '',
  });
  const lines = [
    line('1001', 'Chloé D’Amours'),
    line('1002', 'Ada Lovelace'),
    line('2001', 'Adam Smith'),
  ];

  it('shows the first lines and says how many there are', () => {
    const found = findRosterLines(lines, '', 2);
    expect(found.shown.map((l) => l.learner.studentNumber)).toEqual(['1001', '1002']);
    expect(found.matching).toBe(3);
  });

  it('matches number, name or email, whatever the case and accents', () => {
    expect(findRosterLines(lines, 'chloe').shown.map((l) => l.learner.name)).toEqual([
      'Chloé D’Amours',
    ]);
    expect(findRosterLines(lines, ' ADA ').matching).toBe(2);
    expect(findRosterLines(lines, '2001@').shown.map((l) => l.learner.name)).toEqual([
      'Adam Smith',
    ]);
    expect(findRosterLines(lines, 'nobody').matching).toBe(0);
  });
});
