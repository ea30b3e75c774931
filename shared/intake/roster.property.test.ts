import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './roster';
import { guessColumnMapping, parseRosterCsv, validateRoster } from './roster';

const headers = ['Student Number', 'Name', 'Email', 'Cohort', 'Section'];

/** Cells as people type them: letters, digits, delimiters, quotes, line breaks, accents; already trimmed. */
const cellArb = fc
  .string({
    unit: fc.constantFrom(
      ...'aZ09 .@-_=+'.split(''),
      ',',
      ';',
      '\t',
      '|',
      '"',
      "'",
      '\n',
      '\r\n',
      'é',
      'ß',
      '王',
      '😀',
    ),
    maxLength: 12,
  })
  .map((s) => s.trim());

const idArb = fc.stringMatching(/^[A-Z]?\d{1,6}$/u);

const rowArb = fc.tuple(idArb, cellArb, cellArb, cellArb, cellArb);
const rosterArb = fc.array(rowArb, { minLength: 1, maxLength: 25 });
const delimiterArb = fc.constantFrom(',', ';', '\t');
const newlineArb = fc.constantFrom('\r\n', '\n');

describe('roster CSV properties', () => {
  it('unparse → parse keeps every value, whatever the delimiter and line ending', () => {
    fc.assert(
      fc.property(
        rosterArb,
        delimiterArb,
        newlineArb,
        fc.boolean(),
        (rows, delimiter, newline, quotes) => {
          const text = Papa.unparse(
            { fields: headers, data: rows },
            { delimiter, newline, quotes },
          );
          const parsed = parseRosterCsv(text);
          if (!parsed.ok) throw new Error(parsed.message);
          expect(parsed.value.delimiter).toBe(delimiter);
          expect(parsed.value.syntaxProblems).toEqual([]);
          expect(parsed.value.headers).toEqual(headers);
          expect(parsed.value.rows.map((r) => r.cells)).toEqual(rows);
          expect(parsed.value.rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 2));
          const mapping = guessColumnMapping(parsed.value.headers);
          expect(mapping).toEqual({
            studentNumber: 0,
            name: 1,
            firstName: null,
            lastName: null,
            email: 2,
            cohort: 3,
            section: 4,
          } satisfies ColumnMapping);
        },
      ),
    );
  });

  it('flags every row of a duplicated student number, and only those', () => {
    const learnerArb = fc.record({
      id: fc.stringMatching(/^\d{1,3}$/u),
      name: fc.constantFrom('Ann Lee', 'Bo Chen', 'Cy Park'),
    });
    fc.assert(
      fc.property(fc.array(learnerArb, { minLength: 1, maxLength: 30 }), (learners) => {
        const text = Papa.unparse({
          fields: ['Student ID', 'Name', 'Email'],
          data: learners.map((l, i) => [l.id, l.name, `learner${i}@uni.example`]),
        });
        const parsed = parseRosterCsv(text);
        if (!parsed.ok) throw new Error(parsed.message);
        const report = validateRoster(parsed.value, guessColumnMapping(parsed.value.headers), []);
        const counts = new Map<string, number>();
        for (const l of learners) counts.set(l.id, (counts.get(l.id) ?? 0) + 1);
        for (const row of report.rows) {
          const duplicated = (counts.get(row.record.studentNumber) ?? 0) > 1;
          expect(row.problems.some((p) => p.code === 'duplicate-id')).toBe(duplicated);
          expect(row.valid).toBe(!duplicated);
        }
        const unique = [...counts.values()].filter((n) => n === 1).length;
        expect(report.summary.new).toBe(unique);
      }),
    );
  });
});
