import type { OpenIntent, SaveIntent } from '../../../shared/ipc/contract';

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface DialogSpec {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

/** What the open dialog shows for each intent. */
export const openIntents: { readonly [I in OpenIntent]: DialogSpec } = {
  'roster-csv': {
    title: 'Import a roster',
    filters: [{ name: 'CSV roster', extensions: ['csv'] }],
  },
  'submissions-zip': {
    title: 'Import submissions',
    filters: [{ name: 'LMS submissions download', extensions: ['zip'] }],
  },
  'definitions-json': {
    title: 'Import micro-credential definitions',
    filters: [{ name: 'Attest definitions', extensions: ['json'] }],
  },
  'evidence-file': { title: 'Add evidence', filters: [] },
  'badge-image': {
    title: 'Choose a badge image',
    filters: [{ name: 'Badge image', extensions: ['png', 'svg'] }],
  },
  'package-zip': {
    title: 'Open a registrar package',
    filters: [{ name: 'Registrar package', extensions: ['zip'] }],
  },
};

/** What the save dialog shows for each intent. */
export const saveIntents: { readonly [I in SaveIntent]: DialogSpec } = {
  'definitions-json': {
    title: 'Export micro-credential definitions',
    filters: [{ name: 'Attest definitions', extensions: ['json'] }],
  },
  'validation-report-csv': {
    title: 'Save the validation report',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  },
  'feedback-docx': {
    title: 'Save feedback',
    filters: [{ name: 'Word document', extensions: ['docx'] }],
  },
  'registrar-package': {
    title: 'Save the registrar package',
    filters: [{ name: 'Registrar package', extensions: ['zip'] }],
  },
};

/** Chooses files to add to a learner's submission (several at once). */
export const evidenceFilesDialog: DialogSpec = { title: 'Add evidence files', filters: [] };

/** Chooses a folder holding one sub-folder per learner. */
export const submissionsFolderDialog: DialogSpec = {
  title: 'Import submissions from a folder (one sub-folder per learner)',
  filters: [],
};

/** Shows a native (or, in tests, scripted) file dialog and answers the chosen path or null. */
export interface DialogProvider {
  showOpen(spec: DialogSpec): Promise<string | null>;
  /** Several files; an empty list when cancelled. */
  showOpenMany(spec: DialogSpec): Promise<string[]>;
  showOpenFolder(spec: DialogSpec): Promise<string | null>;
  showSave(spec: DialogSpec & { readonly suggestedName: string }): Promise<string | null>;
}
