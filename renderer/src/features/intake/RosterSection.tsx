import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { LearnersTable } from './LearnersTable';
import { RosterImportCard } from './RosterImportCard';
import { useCohortPrograms, useRoster } from './useRoster';
import { useRosterImport } from './useRosterImport';

/** The roster part of Intake: import a CSV of learners, and the learners Attest knows. */
export function RosterSection() {
  const rosterImport = useRosterImport();
  const roster = useRoster();
  const programs = useCohortPrograms();
  const { state, fileError } = rosterImport;
  return (
    <Stack gap="md" component="section" aria-labelledby="roster-title">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="roster-title">
            Roster
          </Title>
          <Text c="dimmed">
            Learners from a CSV file: student number, name, email, and optionally cohort and
            section. Nothing is written until you confirm.
          </Text>
        </div>
        <Button
          leftSection={<IconFileImport size={16} aria-hidden />}
          onClick={() => void rosterImport.start()}
          disabled={rosterImport.readOnly || rosterImport.busy || state.step !== 'idle'}
        >
          Import roster
        </Button>
      </Group>
      {fileError !== null && (
        <Alert
          color="red"
          title={`${fileError.fileName} was not imported`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={rosterImport.dismissFileError}
        >
          {fileError.message}
        </Alert>
      )}
      <RosterImportCard rosterImport={rosterImport} programs={programs} />
      <LearnersTable lines={roster} />
    </Stack>
  );
}
