import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { Id } from '../../../../shared/domain';
import type {
  ColumnMapping,
  CsvTable,
  RosterField,
  RosterReport,
} from '../../../../shared/intake/roster';
import {
  guessColumnMapping,
  parseRosterCsv,
  reportToCsv,
  validateRoster,
} from '../../../../shared/intake/roster';
import { call } from '../../api/client';
import { useDatabase } from '../../app/DatabaseContext';
import type { RosterImportSummary } from '../../db/repositories/learners';
import { importRoster, listLearners } from '../../db/repositories/learners';
import { listPrograms } from '../../db/repositories/programs';
import type { ImportChoice } from './model';
import { canImport, defaultProgramId, plural, reportFileName, rosterEntries } from './model';

/** The file being imported and how its columns are read. */
export interface RosterDraft {
  readonly fileName: string;
  readonly table: CsvTable;
  readonly mapping: ColumnMapping;
  /** The program the file's cohorts go into. */
  readonly programId: Id | null;
}

export type RosterImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'mapping'; readonly draft: RosterDraft }
  | { readonly step: 'review'; readonly draft: RosterDraft; readonly report: RosterReport };

/** A file that could not be read as a roster. Nothing was written. */
export interface RosterFileError {
  readonly fileName: string;
  readonly message: string;
}

/**
 * The roster import, step by step: pick a file, map its columns, review the
 * validation report, confirm. Nothing is written before `confirm`, which
 * writes everything in one transaction; `cancel` at any step just forgets.
 */
export function useRosterImport() {
  const { db, readOnly } = useDatabase();
  const [state, setState] = useState<RosterImportState>({ step: 'idle' });
  const [fileError, setFileError] = useState<RosterFileError | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback(async () => {
    setBusy(true);
    try {
      const picked = await call('openFile', { intent: 'roster-csv' });
      if (!picked.ok || picked.value === null) return;
      const read = await call('readTextFile', { fileId: picked.value.fileId });
      if (!read.ok) return;
      const parsed = parseRosterCsv(read.value.text);
      if (!parsed.ok) {
        setFileError({ fileName: read.value.name, message: parsed.message });
        setState({ step: 'idle' });
        return;
      }
      const programs = await listPrograms(db);
      setFileError(null);
      setState({
        step: 'mapping',
        draft: {
          fileName: read.value.name,
          table: parsed.value,
          mapping: guessColumnMapping(parsed.value.headers),
          programId: defaultProgramId(programs.map((p) => p.id)),
        },
      });
    } finally {
      setBusy(false);
    }
  }, [db]);

  const editDraft = useCallback((edit: (draft: RosterDraft) => RosterDraft) => {
    setState((current) =>
      current.step === 'mapping' ? { step: 'mapping', draft: edit(current.draft) } : current,
    );
  }, []);

  const setColumn = useCallback(
    (field: RosterField, column: number | null) => {
      editDraft((draft) => ({ ...draft, mapping: { ...draft.mapping, [field]: column } }));
    },
    [editDraft],
  );

  const setProgram = useCallback(
    (programId: Id | null) => {
      editDraft((draft) => ({ ...draft, programId }));
    },
    [editDraft],
  );

  const review = useCallback(async () => {
    if (state.step !== 'mapping') return;
    const { draft } = state;
    const existing = await listLearners(db);
    setState({
      step: 'review',
      draft,
      report: validateRoster(draft.table, draft.mapping, existing),
    });
  }, [db, state]);

  const back = useCallback(() => {
    setState((current) =>
      current.step === 'review' ? { step: 'mapping', draft: current.draft } : current,
    );
  }, []);

  const cancel = useCallback(() => {
    setState({ step: 'idle' });
  }, []);

  const exportReport = useCallback(async () => {
    if (state.step !== 'review') return;
    const target = await call('saveFile', {
      intent: 'validation-report-csv',
      suggestedName: reportFileName(state.draft.fileName),
    });
    if (!target.ok || target.value === null) return;
    const written = await call('writeTextFile', {
      fileId: target.value.fileId,
      text: reportToCsv(state.report),
    });
    if (written.ok) {
      notifications.show({
        color: 'teal',
        title: 'Report saved',
        message: `Saved ${written.value.name}.`,
      });
    }
  }, [state]);

  const confirm = useCallback(
    async (choice: ImportChoice) => {
      if (state.step !== 'review' || readOnly || !canImport(state.report, choice)) return;
      const { draft, report } = state;
      setBusy(true);
      try {
        let summary: RosterImportSummary;
        try {
          summary = await importRoster(db, rosterEntries(report, draft.mapping), {
            programId: draft.programId,
          });
        } catch (error: unknown) {
          // One transaction: a failure rolled everything back.
          notifications.show({
            color: 'red',
            title: 'Nothing was imported',
            message: error instanceof Error ? error.message : String(error),
          });
          return;
        }
        setState({ step: 'idle' });
        const skipped = report.summary.rowsWithErrors;
        notifications.show({
          color: 'teal',
          title: `Imported ${draft.fileName}`,
          message:
            `${plural(summary.created, 'new learner')}, ${summary.updated.toLocaleString()} updated, ` +
            `${summary.unchanged.toLocaleString()} unchanged` +
            (skipped > 0 ? `; ${plural(skipped, 'row')} with errors skipped.` : '.'),
        });
      } finally {
        setBusy(false);
      }
    },
    [db, readOnly, state],
  );

  return {
    state,
    fileError,
    busy,
    readOnly,
    start,
    setColumn,
    setProgram,
    review,
    back,
    cancel,
    exportReport,
    confirm,
    dismissFileError: () => setFileError(null),
  };
}

export type RosterImport = ReturnType<typeof useRosterImport>;
