import { Alert, Button, Group, List, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Id, Program } from '../../../../shared/domain';
import type { RosterField } from '../../../../shared/intake/roster';
import { mapsCohorts, rosterFieldLabels, rosterFields } from '../../../../shared/intake/roster';
import { mappingBlockers, plural } from './model';
import { RosterPreviewTable } from './RosterPreviewTable';
import { StepHeading } from './StepHeading';
import type { RosterDraft } from './useRosterImport';

export interface ColumnMappingStepProps {
  readonly draft: RosterDraft;
  readonly programs: readonly Program[];
  readonly onColumn: (field: RosterField, column: number | null) => void;
  readonly onProgram: (programId: Id | null) => void;
  readonly onCancel: () => void;
  readonly onNext: () => void;
}

const notInFile = 'none';

const fieldHelp: Readonly<Record<RosterField, string>> = {
  studentNumber: 'Required. A re-import updates the learner with this number.',
  name: 'Or first and last name.',
  firstName: 'Used when there is no name column.',
  lastName: 'Used when there is no name column.',
  email: 'Required.',
  cohort: 'Optional. Learners are enrolled in it.',
  section: 'Optional. Names the cohort when there is no cohort column.',
};

/** Step 1: which column holds which field, and the first rows as Attest reads them. */
export function ColumnMappingStep({
  draft,
  programs,
  onColumn,
  onProgram,
  onCancel,
  onNext,
}: ColumnMappingStepProps) {
  const { table, mapping, programId } = draft;
  const columns = [
    { value: notInFile, label: 'Not in the file' },
    ...table.headers.map((header, index) => ({
      value: String(index),
      label: header === '' ? `Column ${String(index + 1)}` : header,
    })),
  ];
  const blockers = mappingBlockers(mapping, programId, programs.length);
  return (
    <Stack gap="md">
      <div>
        <StepHeading step={1} of={2}>
          Match the columns
        </StepHeading>
        <Text c="dimmed" size="sm">
          {draft.fileName} has {plural(table.rows.length, 'row')} below its header. Attest guessed
          which column holds what; check each field against the preview.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        {rosterFields.map((field) => (
          <NativeSelect
            key={field}
            label={rosterFieldLabels[field]}
            description={fieldHelp[field]}
            withAsterisk={field === 'studentNumber' || field === 'email'}
            inputWrapperOrder={['label', 'input', 'description']}
            data={columns}
            value={mapping[field] === null ? notInFile : String(mapping[field])}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onColumn(field, value === notInFile ? null : Number(value));
            }}
          />
        ))}
        {mapsCohorts(mapping) && (
          <NativeSelect
            label="Program of the cohorts"
            description="Cohorts belong to a program."
            withAsterisk
            inputWrapperOrder={['label', 'input', 'description']}
            data={[
              { value: '', label: programs.length === 0 ? 'No programs yet' : 'Choose a program' },
              ...programs.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` })),
            ]}
            value={programId ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onProgram(value === '' ? null : value);
            }}
          />
        )}
      </SimpleGrid>
      <RosterPreviewTable table={table} mapping={mapping} />
      {blockers.length > 0 && (
        <Alert color="yellow" title="Before checking the rows">
          <List size="sm">
            {blockers.map((blocker) => (
              <List.Item key={blocker}>{blocker}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={onNext} disabled={blockers.length > 0}>
          Check {plural(table.rows.length, 'row')}
        </Button>
      </Group>
    </Stack>
  );
}
