import { Paper, Title } from '@mantine/core';
import type { Program } from '../../../../shared/domain';
import { ColumnMappingStep } from './ColumnMappingStep';
import { RosterReviewStep } from './RosterReviewStep';
import type { RosterImport } from './useRosterImport';

export interface RosterImportCardProps {
  readonly rosterImport: RosterImport;
  readonly programs: readonly Program[];
}

/** The import in progress: map the columns, then check and confirm. */
export function RosterImportCard({ rosterImport, programs }: RosterImportCardProps) {
  const { state } = rosterImport;
  if (state.step === 'idle') return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="roster-import-title">
      <Title order={3} id="roster-import-title" mb="sm">
        Import {state.draft.fileName}
      </Title>
      {state.step === 'mapping' ? (
        <ColumnMappingStep
          draft={state.draft}
          programs={programs}
          onColumn={rosterImport.setColumn}
          onProgram={rosterImport.setProgram}
          onCancel={rosterImport.cancel}
          onNext={() => void rosterImport.review()}
        />
      ) : (
        <RosterReviewStep
          fileName={state.draft.fileName}
          report={state.report}
          disabled={rosterImport.busy || rosterImport.readOnly}
          onBack={rosterImport.back}
          onCancel={rosterImport.cancel}
          onExport={() => void rosterImport.exportReport()}
          onConfirm={(choice) => void rosterImport.confirm(choice)}
        />
      )}
    </Paper>
  );
}
