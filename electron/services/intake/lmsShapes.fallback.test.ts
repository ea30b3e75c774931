import { describe, expect, it } from 'vitest';
import { classifySubmissionPaths } from './lmsShapes';
import { splitNumberAndName } from './lmsShapesPatterns';

describe('one folder per learner', () => {
  it('reads student numbers and names from folder names, nested files included', () => {
    const result = classifySubmissionPaths([
      '100234567/weld.jpg',
      '100234567/logs/learning_log.pdf',
      'A01234567/sign off.pdf',
      "Renée O'Connor-Lévesque/photo.png",
      'Jane Doe (123456789)/plan.pdf',
    ]);
    expect(result.shape).toBe('folder');
    expect(
      result.items.map((i) => [i.learner.studentNumber, i.learner.name, i.fileName, i.roleHint]),
    ).toEqual([
      ['100234567', null, 'weld.jpg', 'demonstration'],
      ['100234567', null, 'learning_log.pdf', 'reflection'],
      ['A01234567', null, 'sign off.pdf', 'attestation'],
      [null, "Renée O'Connor-Lévesque", 'photo.png', 'demonstration'],
      ['123456789', 'Jane Doe', 'plan.pdf', 'demonstration'],
    ]);
  });

  it('strips a shared root folder that is not itself a learner', () => {
    const strip = classifySubmissionPaths(['Cohort A/100234567/a.pdf', 'Cohort A/Jane Doe/b.pdf']);
    expect(strip.items.map((i) => i.learner.studentNumber ?? i.learner.name)).toEqual([
      '100234567',
      'Jane Doe',
    ]);
    const keep = classifySubmissionPaths(['100234567/week1/a.pdf', '100234567/week2/b.pdf']);
    expect(keep.items.map((i) => i.learner.studentNumber)).toEqual(['100234567', '100234567']);
  });
});

describe('mixed and unknown listings', () => {
  it('ignores macOS and Windows junk and folders, with a reason', () => {
    const result = classifySubmissionPaths([
      '__MACOSX/Jane_1_assignsubmission_file_/._a.pdf',
      'Jane Doe_1_assignsubmission_file_/.DS_Store',
      'Jane Doe_1_assignsubmission_file_/Thumbs.db',
      'Jane Doe_1_assignsubmission_file_/',
      'Jane Doe_1_assignsubmission_file_/a.pdf',
    ]);
    expect(result.shape).toBe('moodle');
    expect(result.items.map((i) => i.path)).toEqual(['Jane Doe_1_assignsubmission_file_/a.pdf']);
    expect(result.ignored.map((i) => i.reason)).toEqual([
      'macOS resource data (__MACOSX)',
      'macOS folder settings (.DS_Store)',
      'Windows folder data',
      'a folder',
    ]);
  });

  it('keeps files that do not follow the winning shape, with no learner, for manual assignment', () => {
    const result = classifySubmissionPaths([
      'smithjane_40123_7788990_a.pdf',
      'leejo_40124_7788991_b.pdf',
      'README.txt',
    ]);
    expect(result.shape).toBe('canvas');
    expect(result.items[2]).toEqual({
      path: 'README.txt',
      learner: { studentNumber: null, name: null, lmsId: null },
      fileName: 'README.txt',
      kind: 'file',
      roleHint: 'demonstration',
    });
  });

  it('falls back to folders when no LMS shape explains at least half the files', () => {
    const result = classifySubmissionPaths([
      'Jane Doe_1_assignsubmission_file_/a.pdf',
      'Bob Li/b.pdf',
      'Ana Ruiz/c.pdf',
      'Ana Ruiz/d.pdf',
    ]);
    expect(result.shape).toBe('folder');
    expect(result.items.map((i) => i.learner.name)).toEqual([
      'Jane Doe_1_assignsubmission_file_',
      'Bob Li',
      'Ana Ruiz',
      'Ana Ruiz',
    ]);
  });

  it('says unknown for loose files and for nothing at all; a lone index.html is not Brightspace', () => {
    const loose = classifySubmissionPaths(['scan 1.pdf', 'scan 2.pdf', 'index.html']);
    expect(loose.shape).toBe('unknown');
    expect(loose.items.every((i) => i.learner.name === null && i.kind === 'file')).toBe(true);
    expect(classifySubmissionPaths([]).shape).toBe('unknown');
  });
});

describe('splitNumberAndName', () => {
  it.each([
    ['A01234567', 'A01234567', null],
    ['100234567', '100234567', null],
    ['123456789 - Jane Doe', '123456789', 'Jane Doe'],
    ['Jane Doe_123456', '123456', 'Jane Doe'],
    ['Jane Doe', null, 'Jane Doe'],
    ['Group 12', null, 'Group 12'],
  ])('%j', (text, studentNumber, name) => {
    expect(splitNumberAndName(text)).toEqual({ studentNumber, name });
  });
});
