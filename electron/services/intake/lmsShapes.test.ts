import { describe, expect, it } from 'vitest';
import { classifySubmissionPaths } from './lmsShapes';
import type { SubmissionItem } from './lmsShapes';

/** [path, studentNumber, name, lmsId, fileName, kind, roleHint] — one row per item. */
function rows(items: readonly SubmissionItem[]): unknown[][] {
  return items.map((i) => [
    i.path,
    i.learner.studentNumber,
    i.learner.name,
    i.learner.lmsId,
    i.fileName,
    i.kind,
    i.roleHint,
  ]);
}

describe('Moodle "Download all submissions"', () => {
  it('maps folders per learner and plugin, nested files and online text', () => {
    const result = classifySubmissionPaths([
      'José Núñez_1234567_assignsubmission_file_/Weld bead.pdf',
      'José Núñez_1234567_assignsubmission_file_/evidence/week 2/bend test.mp4',
      'José Núñez_1234567_assignsubmission_file_/Learning log.docx',
      "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/onlinetext.html",
      "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/image001.png",
      "Seán O'Brien-Smith_7654321_assignsubmission_file_/Supervisor attestation.pdf",
      'Participant_2233445_assignsubmission_file_/blind.pdf',
    ]);
    expect(result.shape).toBe('moodle');
    expect(rows(result.items)).toEqual([
      [
        'José Núñez_1234567_assignsubmission_file_/Weld bead.pdf',
        null,
        'José Núñez',
        '1234567',
        'Weld bead.pdf',
        'file',
        'demonstration',
      ],
      [
        'José Núñez_1234567_assignsubmission_file_/evidence/week 2/bend test.mp4',
        null,
        'José Núñez',
        '1234567',
        'bend test.mp4',
        'file',
        'demonstration',
      ],
      [
        'José Núñez_1234567_assignsubmission_file_/Learning log.docx',
        null,
        'José Núñez',
        '1234567',
        'Learning log.docx',
        'file',
        'reflection',
      ],
      [
        "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/onlinetext.html",
        null,
        "Seán O'Brien-Smith",
        '7654321',
        'onlinetext.html',
        'online-text',
        'reflection',
      ],
      [
        "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/image001.png",
        null,
        "Seán O'Brien-Smith",
        '7654321',
        'image001.png',
        'file',
        'demonstration',
      ],
      [
        "Seán O'Brien-Smith_7654321_assignsubmission_file_/Supervisor attestation.pdf",
        null,
        "Seán O'Brien-Smith",
        '7654321',
        'Supervisor attestation.pdf',
        'file',
        'attestation',
      ],
      [
        'Participant_2233445_assignsubmission_file_/blind.pdf',
        null,
        null,
        '2233445',
        'blind.pdf',
        'file',
        'demonstration',
      ],
    ]);
  });

  it('splits on the last _<id>_assignsubmission_, reads a student number in the name, and handles the flat layout', () => {
    const result = classifySubmissionPaths([
      'A01234567 - Mary Jane Watts_998_assignsubmission_file_/journal.pdf',
      'Zoë Ng_12_99_assignsubmission_file_plan_v2.pdf',
    ]);
    expect(result.shape).toBe('moodle');
    expect(rows(result.items)).toEqual([
      [
        'A01234567 - Mary Jane Watts_998_assignsubmission_file_/journal.pdf',
        'A01234567',
        'Mary Jane Watts',
        '998',
        'journal.pdf',
        'file',
        'reflection',
      ],
      [
        'Zoë Ng_12_99_assignsubmission_file_plan_v2.pdf',
        null,
        'Zoë Ng_12',
        '99',
        'plan_v2.pdf',
        'file',
        'demonstration',
      ],
    ]);
  });
});

describe('Brightspace (D2L) "Download all"', () => {
  it('maps flat files and keeps index.html as the LMS index, not evidence', () => {
    const result = classifySubmissionPaths([
      'index.html',
      '158233-402766 - Mary-Ann Smith - Sep 24, 2024 926 PM - Weld - final.pdf',
      '158233-402766 - Mary-Ann Smith - Sep 24, 2024 926 PM - reflection.docx',
      "158234-402767 - Chloé D'Amours - Oct 1, 2024 1105 AM - Sign-off form.pdf",
    ]);
    expect(result.shape).toBe('brightspace');
    expect(rows(result.items)).toEqual([
      ['index.html', null, null, null, 'index.html', 'lms-index', 'demonstration'],
      [
        '158233-402766 - Mary-Ann Smith - Sep 24, 2024 926 PM - Weld - final.pdf',
        null,
        'Mary-Ann Smith',
        null,
        'Weld - final.pdf',
        'file',
        'demonstration',
      ],
      [
        '158233-402766 - Mary-Ann Smith - Sep 24, 2024 926 PM - reflection.docx',
        null,
        'Mary-Ann Smith',
        null,
        'reflection.docx',
        'file',
        'reflection',
      ],
      [
        "158234-402767 - Chloé D'Amours - Oct 1, 2024 1105 AM - Sign-off form.pdf",
        null,
        "Chloé D'Amours",
        null,
        'Sign-off form.pdf',
        'file',
        'attestation',
      ],
    ]);
  });

  it('maps the newer folder-per-submission layout inside a re-zipped root, with an org id field', () => {
    const result = classifySubmissionPaths([
      'Assessment 2 Download Oct 2, 2024/index.html',
      'Assessment 2 Download Oct 2, 2024/39786-640693 - T00123456 - Aiden Rodriguez - Oct 10, 2025 1022 AM/Main.java',
      'Assessment 2 Download Oct 2, 2024/39786-640693 - T00123456 - Aiden Rodriguez - Oct 10, 2025 1022 AM/docs/journal.md',
    ]);
    expect(result.shape).toBe('brightspace');
    expect(
      result.items.map((i) => [i.learner.studentNumber, i.learner.name, i.fileName, i.kind]),
    ).toEqual([
      [null, null, 'index.html', 'lms-index'],
      ['T00123456', 'Aiden Rodriguez', 'Main.java', 'file'],
      ['T00123456', 'Aiden Rodriguez', 'journal.md', 'file'],
    ]);
    expect(result.items[2]?.roleHint).toBe('reflection');
  });
});

describe('Canvas "Download Submissions"', () => {
  it('maps lastfirst_<userId>_<fileId>_<name>, LATE in either case, and online text', () => {
    const result = classifySubmissionPaths([
      'smithjane_40123_7788990_Weld_bead_photo.jpg',
      'smithjane_40123_7788991_Weld_bead_photo-1.jpg',
      'obrienseán_late_40124_7788992_Reflection journal.docx',
      'nguyenthimai_LATE_40125_7788993_supervisor-verification.pdf',
      'leclercjeanluc_40126_text.html',
    ]);
    expect(result.shape).toBe('canvas');
    expect(rows(result.items)).toEqual([
      [
        'smithjane_40123_7788990_Weld_bead_photo.jpg',
        null,
        'smithjane',
        '40123',
        'Weld_bead_photo.jpg',
        'file',
        'demonstration',
      ],
      [
        'smithjane_40123_7788991_Weld_bead_photo-1.jpg',
        null,
        'smithjane',
        '40123',
        'Weld_bead_photo-1.jpg',
        'file',
        'demonstration',
      ],
      [
        'obrienseán_late_40124_7788992_Reflection journal.docx',
        null,
        'obrienseán',
        '40124',
        'Reflection journal.docx',
        'file',
        'reflection',
      ],
      [
        'nguyenthimai_LATE_40125_7788993_supervisor-verification.pdf',
        null,
        'nguyenthimai',
        '40125',
        'supervisor-verification.pdf',
        'file',
        'attestation',
      ],
      [
        'leclercjeanluc_40126_text.html',
        null,
        'leclercjeanluc',
        '40126',
        'leclercjeanluc_40126_text.html',
        'online-text',
        'reflection',
      ],
    ]);
  });
});
