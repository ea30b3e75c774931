import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  Channel,
  FeedbackInput,
  JobProgress,
  RequestOf,
} from '../../../../shared/ipc/contract';
import type { DialogProvider } from '../../../services/dialogs/dialogIntents';
import { readZipEntries } from '../../../services/reports/testing/readZip';
import { sampleFeedbackRequest } from '../../../services/reports/testing/feedbackRequest';
import type { DispatchContext } from '../dispatch';
import { createTestDispatch } from './testing/testDispatch';
import { dropRefusal } from './dropHandlers';

let root: string;
let out: string;
let saveAnswers: (string | null)[];
let shown: { title: string; suggestedName: string }[];
const events: JobProgress[] = [];
let onEvent: (progress: JobProgress) => void = () => undefined;

const dialogs: DialogProvider = {
  showOpen: () => Promise.reject(new Error('no open dialog expected')),
  showOpenMany: () => Promise.reject(new Error('no open dialog expected')),
  showOpenFolder: () => Promise.reject(new Error('no open dialog expected')),
  showSave: (spec) => {
    shown.push({ title: spec.title, suggestedName: spec.suggestedName });
    return Promise.resolve(saveAnswers.shift() ?? null);
  },
};
const context: DispatchContext = {
  sender: { url: 'http://app.localhost/index.html', isMainFrame: true },
  emit: (_name, payload) => {
    events.push(payload);
    onEvent(payload);
  },
};

async function app() {
  const built = await createTestDispatch(root, { dialogs });
  return {
    ...built,
    dispatch: <C extends Channel>(channel: C, request: RequestOf<C>) =>
      built.dispatch(channel, request, context),
    dispatchRaw: (channel: string, request: unknown) =>
      built.dispatchRaw(channel, request, context),
  };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-feedback-handlers-'));
  out = join(root, 'out');
  await mkdir(out);
  saveAnswers = [];
  shown = [];
  events.length = 0;
  onEvent = () => undefined;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function learner(name: string, studentNumber: string): FeedbackInput {
  return sampleFeedbackRequest({ learner: { name, studentNumber } });
}

describe('feedback:save', () => {
  it('suggests the learner’s file name, then writes the .docx where the person chose', async () => {
    const { dispatch } = await app();
    const target = join(out, 'feedback.docx');
    saveAnswers.push(target);
    const result = await dispatch('feedback:save', { input: sampleFeedbackRequest() });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'feedback.docx' } });
    expect(shown).toEqual([
      { title: 'Save feedback', suggestedName: '100200300 - Amélie Tremblay.docx' },
    ]);
    const entries = await readZipEntries(await readFile(target));
    expect(entries.get('word/document.xml')?.toString('utf8')).toContain('Amélie Tremblay');
    // Atomic: no temp file is left beside it.
    expect(await readdir(out)).toEqual(['feedback.docx']);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { dispatch } = await app();
    saveAnswers.push(null);
    await expect(dispatch('feedback:save', { input: sampleFeedbackRequest() })).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await readdir(out)).toEqual([]);
  });

  const long = 'x'.repeat(20_001);
  it.each<[string, (input: FeedbackInput) => unknown, RegExp]>([
    [
      'a control character in a name',
      (i) => ({ ...i, learner: { name: 'Ada\u0007', studentNumber: '1' } }),
      /input\.learner\.name: one line of text, without control characters/,
    ],
    [
      'an over-long comment',
      (i) => ({
        ...i,
        assessment: {
          ...i.assessment,
          demonstration: [{ criterionId: 'c1', levelId: null, comment: long }],
        },
      }),
      /input\.assessment\.demonstration\.0\.comment: .*20000/,
    ],
    [
      'a field the contract does not name',
      (i) => ({ ...i, assessment: { ...i.assessment, markerId: 'm1' } }),
      /input\.assessment: Unrecognized key: "markerId"/,
    ],
    [
      'blind marking without an anonymous code',
      (i) => ({ ...i, learner: null, anonymousCode: ' ' }),
      /input\.anonymousCode: blind-marked feedback needs an anonymous code/,
    ],
    [
      'an unknown decision',
      (i) => ({ ...i, assessment: { ...i.assessment, decision: 'pass' } }),
      /input\.assessment\.decision/,
    ],
  ])(
    'refuses %s with a clear message, before any dialog, and writes nothing',
    async (_, edit, message) => {
      const { dispatchRaw } = await app();
      saveAnswers.push(join(out, 'never.docx'));
      const result = await dispatchRaw('feedback:save', { input: edit(sampleFeedbackRequest()) });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (result.ok) throw new Error('expected a refusal');
      expect(result.error.message).toMatch(/^Invalid request for feedback:save: /);
      expect(result.error.message).toMatch(message);
      expect(shown).toEqual([]);
      expect(await readdir(out)).toEqual([]);
      saveAnswers.length = 0;
    },
  );
});

describe('feedback:save-cohort', () => {
  const cohort = [
    learner('Amélie Tremblay', '100200300'),
    learner('Jin Park', '100200301'),
    learner('Noor Haddad', '100200302'),
  ];

  it('saves one document per learner in a zip, as a job with progress in documents', async () => {
    const { dispatch } = await app();
    const target = join(out, 'cohort.zip');
    saveAnswers.push(target);
    const jobId = crypto.randomUUID();
    const result = await dispatch('feedback:save-cohort', { jobId, items: cohort });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'cohort.zip' } });
    expect(shown).toEqual([
      {
        title: 'Save feedback for every finalised submission',
        suggestedName: 'Feedback - MC-SAS-101.zip',
      },
    ]);
    const entries = await readZipEntries(await readFile(target));
    expect([...entries.keys()].sort()).toEqual([
      '100200300 - Amélie Tremblay.docx',
      '100200301 - Jin Park.docx',
      '100200302 - Noor Haddad.docx',
    ]);
    expect(events.every((e) => e.jobId === jobId && e.unit === 'documents')).toBe(true);
    expect(events.at(-1)).toMatchObject({ phase: 'done', done: 3, total: 3 });
    expect(await readdir(out)).toEqual(['cohort.zip']);
  });

  it('leaves no file when the job is cancelled', async () => {
    const { dispatch, services } = await app();
    saveAnswers.push(join(out, 'cohort.zip'));
    const jobId = crypto.randomUUID();
    onEvent = (progress) => {
      if (progress.phase === 'running') services.jobs.cancel(jobId);
    };
    const result = await dispatch('feedback:save-cohort', { jobId, items: cohort });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(events.at(-1)).toMatchObject({ phase: 'cancelled' });
    expect(await readdir(out)).toEqual([]);
  });

  it('starts no job and writes nothing when the dialog is cancelled', async () => {
    const { dispatch } = await app();
    saveAnswers.push(null);
    const result = await dispatch('feedback:save-cohort', {
      jobId: crypto.randomUUID(),
      items: cohort,
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(events).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses an empty cohort and a bad item by its place in the list', async () => {
    const { dispatchRaw } = await app();
    const jobId = crypto.randomUUID();
    const empty = await dispatchRaw('feedback:save-cohort', { jobId, items: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const bad = await dispatchRaw('feedback:save-cohort', {
      jobId,
      items: [cohort[0], { ...cohort[1], issuedOn: 42 }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/items\.1\.issuedOn/);
    expect(shown).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  });
});

describe('files:register-dropped', () => {
  it('answers tokens for regular files, never their paths', async () => {
    const { dispatch, services } = await app();
    const pdf = join(out, 'essay.pdf');
    await writeFile(pdf, '%PDF-1.4 tiny');
    const result = await dispatch('files:register-dropped', { paths: [pdf] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ name: 'essay.pdf', size: 13 });
    expect(JSON.stringify(result.value)).not.toContain(out);
    expect(services.files.resolve(result.value[0]?.fileId ?? '', 'read')).toBe(pdf);
  });

  it.each<[string, (dir: string) => Promise<string>, RegExp]>([
    [
      'a folder',
      async (dir) => {
        await mkdir(join(dir, 'Week 3'));
        return join(dir, 'Week 3');
      },
      /Week 3 is a folder/,
    ],
    [
      'a symbolic link',
      async (dir) => {
        await writeFile(join(dir, 'real.pdf'), 'x');
        await symlink(join(dir, 'real.pdf'), join(dir, 'link.pdf'));
        return join(dir, 'link.pdf');
      },
      /link\.pdf is a link \(shortcut\); Attest does not follow links/,
    ],
    ['a device', () => Promise.resolve('/dev/null'), /null is not a regular file/],
    ['a file not on disk', () => Promise.resolve(''), /not a file on this computer/],
    ['a relative path', () => Promise.resolve('essay.pdf'), /not a file on this computer/],
    [
      'a file that is gone',
      (dir) => Promise.resolve(join(dir, 'gone.pdf')),
      /gone\.pdf no longer exists/,
    ],
  ])(
    'refuses %s with a clear message, and registers nothing of the drop',
    async (_, make, message) => {
      const { dispatch, services } = await app();
      const register = vi.spyOn(services.files, 'register');
      const ok = join(out, 'fine.pdf');
      await writeFile(ok, 'x');
      const result = await dispatch('files:register-dropped', { paths: [ok, await make(out)] });
      expect(register).not.toHaveBeenCalled();
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (result.ok) throw new Error('expected a refusal');
      expect(result.error.message).toMatch(message);
    },
  );

  it('names each kind of refusal (pure)', () => {
    const kind = (k: 'file' | 'dir' | 'link' | 'other') => ({
      isFile: () => k === 'file',
      isDirectory: () => k === 'dir',
      isSymbolicLink: () => k === 'link',
    });
    expect(dropRefusal('a.pdf', kind('file'))).toBeNull();
    expect(dropRefusal('A', kind('dir'))).toMatch(/^A is a folder/);
    expect(dropRefusal('l', kind('link'))).toMatch(/^l is a link/);
    expect(dropRefusal('p', kind('other'))).toMatch(/^p is not a regular file/);
  });
});
