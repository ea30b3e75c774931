/** Finalising writes the assessment and the submission's status together, or neither. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAssessment, saveAssessmentWithStatus } from '../../db/repositories/assessments';
import { getSubmission, putSubmission } from '../../db/repositories/submissions';
import { makeAssessment, makeSubmission } from '../../db/testing/factories';
import { openTestDB } from '../../db/testing/testDB';

describe('saveAssessmentWithStatus', () => {
  it('writes both when the submission is in the expected status', async () => {
    const db = await openTestDB();
    const submission = makeSubmission({ status: 'in_marking' });
    await putSubmission(db, submission);
    const assessment = makeAssessment({ submissionId: submission.id, decision: 'meets' });
    await saveAssessmentWithStatus(db, assessment, 'in_marking', 'marked');
    expect((await getSubmission(db, submission.id))?.status).toBe('marked');
    expect(await getAssessment(db, assessment.id)).toEqual(assessment);
    db.close();
  });

  it('writes neither when the status changed meanwhile', async () => {
    const db = await openTestDB();
    const submission = makeSubmission({ status: 'marked' });
    await putSubmission(db, submission);
    const assessment = makeAssessment({ submissionId: submission.id });
    await expect(saveAssessmentWithStatus(db, assessment, 'in_marking', 'marked')).rejects.toThrow(
      /marked now, not in_marking/,
    );
    expect(await getAssessment(db, assessment.id)).toBeUndefined();
    db.close();
  });
});
