import { Anchor, Button, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { sectionByPath } from '../../app/sectionByPath';
import { useReadOnlyReason } from '../../app/useReadOnlyReason';
import { SectionPage } from '../../components/SectionPage';
import { AchievementsTable } from './AchievementsTable';
import { ImportReportModal } from './ImportReportModal';
import { NewProgramModal } from './NewProgramModal';
import type { ProgramSummary } from './usePrograms';
import { usePrograms } from './usePrograms';
import { useDefinitionTransfer } from './useDefinitionTransfer';
import { useProgramActions } from './useProgramActions';

function ProgramCard({ summary }: { readonly summary: ProgramSummary }) {
  const { program, achievements } = summary;
  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={`program-${program.id}`}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h3" id={`program-${program.id}`}>
            <Anchor component={Link} to={`/programs/${program.id}`} inherit>
              {program.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {program.code}
            {program.retiredAt === null ? '' : ' · retired'}
          </Text>
        </div>
      </Group>
      {program.description !== '' && <Text mb="sm">{program.description}</Text>}
      {achievements.length === 0 ? (
        <Text c="dimmed">No micro-credentials yet.</Text>
      ) : (
        <AchievementsTable programId={program.id} achievements={achievements} />
      )}
    </Paper>
  );
}

export function ProgramListScreen() {
  const [showRetired, setShowRetired] = useState(false);
  const programs = usePrograms(showRetired);
  const actions = useProgramActions();
  const transfer = useDefinitionTransfer();
  const readOnly = useReadOnlyReason() !== null;
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const toolbar = (
    <Group>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open} disabled={readOnly}>
        New program
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} aria-hidden />}
        onClick={() => void transfer.importDefinitions()}
        disabled={readOnly}
      >
        Import definitions
      </Button>
      <Switch
        label="Show retired programs"
        checked={showRetired}
        onChange={(event) => {
          setShowRetired(event.currentTarget.checked);
        }}
      />
    </Group>
  );
  return (
    <SectionPage section={sectionByPath('/programs')}>
      <Stack gap="lg">
        {toolbar}
        {programs === undefined ? (
          <Loader aria-label="Loading programs" />
        ) : programs.length === 0 ? (
          <Paper withBorder p="xl" maw={720}>
            <Title order={2} size="h3" mb="xs">
              No programs yet
            </Title>
            <Text mb="md">
              A program holds micro-credentials: what a learner must demonstrate and reflect on, the
              rubrics that judge it, the industry partner who endorses it and the frameworks it
              aligns with.
            </Text>
            <Group>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={open}
                disabled={readOnly}
              >
                Create a program
              </Button>
              <Button
                variant="light"
                leftSection={<IconSparkles size={16} aria-hidden />}
                disabled={readOnly}
                onClick={() => {
                  void actions.loadExample().then((id) => {
                    if (id !== null) void navigate(`/programs/${id}`);
                  });
                }}
              >
                Load the example program
              </Button>
            </Group>
          </Paper>
        ) : (
          programs.map((summary) => <ProgramCard key={summary.program.id} summary={summary} />)
        )}
      </Stack>
      <NewProgramModal
        opened={creating}
        onClose={close}
        onCreate={async (draft) => {
          const id = await actions.createProgram(draft);
          close();
          await navigate(`/programs/${id}`);
        }}
      />
      <ImportReportModal report={transfer.report} onClose={transfer.dismissReport} />
    </SectionPage>
  );
}
