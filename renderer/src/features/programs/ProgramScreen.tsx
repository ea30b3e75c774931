import {
  Anchor,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useReadOnlyReason } from '../../app/useReadOnlyReason';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { FocusHeading } from '../../components/FocusHeading';
import { AchievementsTable } from './AchievementsTable';
import { ImportReportModal } from './ImportReportModal';
import { NewAchievementModal } from './NewAchievementModal';
import { useDefinitionTransfer } from './useDefinitionTransfer';
import { useProgram } from './usePrograms';
import { useProgramActions } from './useProgramActions';

export function ProgramScreen() {
  const { programId = '' } = useParams();
  const summary = useProgram(programId);
  const actions = useProgramActions();
  const transfer = useDefinitionTransfer();
  const readOnly = useReadOnlyReason() !== null;
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  if (summary === undefined) return <Loader aria-label="Loading the program" />;
  if (summary === null) {
    return (
      <Stack>
        <FocusHeading documentTitle="Program not found">Program not found</FocusHeading>
        <Anchor component={Link} to="/programs">
          Back to Programs
        </Anchor>
      </Stack>
    );
  }
  const { program, achievements } = summary;
  const retired = program.retiredAt !== null;
  return (
    <Stack gap="lg">
      <Breadcrumbs items={[{ label: 'Programs', to: '/programs' }, { label: program.name }]} />
      <Group justify="space-between" align="flex-start">
        <div>
          <FocusHeading documentTitle={program.name} focusKey={program.id}>
            {program.name}
          </FocusHeading>
          <Text c="dimmed">
            Program {program.code}
            {retired ? ' · retired' : ''}
          </Text>
        </div>
        <Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={open}
            disabled={readOnly || retired}
          >
            New micro-credential
          </Button>
          <Menu withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                Program actions
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void transfer.exportProgram(program.id)}>
                Export definitions
              </Menu.Item>
              <Menu.Item
                disabled={readOnly}
                onClick={() => {
                  void actions.duplicateProgram(program.id).then((id) => {
                    if (id !== null) void navigate(`/programs/${id}`);
                  });
                }}
              >
                Duplicate program
              </Menu.Item>
              <Menu.Item
                disabled={readOnly}
                onClick={() => void actions.setProgramRetired(program.id, !retired)}
              >
                {retired ? 'Restore program' : 'Retire program'}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Paper withBorder p="lg" component="section" aria-labelledby="program-details">
        <Title order={2} size="h4" id="program-details" mb="sm">
          Details
        </Title>
        <Stack maw={640}>
          <TextInput
            label="Program name"
            defaultValue={program.name}
            readOnly={readOnly}
            onBlur={(event) => {
              const name = event.currentTarget.value.trim();
              if (name !== '' && name !== program.name)
                void actions.updateProgram(program.id, { name });
            }}
          />
          <Textarea
            label="Program description"
            autosize
            minRows={2}
            defaultValue={program.description}
            readOnly={readOnly}
            onBlur={(event) => {
              const description = event.currentTarget.value.trim();
              if (description !== program.description)
                void actions.updateProgram(program.id, { description });
            }}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="program-achievements">
        <Title order={2} size="h4" id="program-achievements" mb="sm">
          Micro-credentials
        </Title>
        {achievements.length === 0 ? (
          <Text c="dimmed">
            None yet. Create the first one: it starts with a rubric template and a DEAL reflection
            rubric.
          </Text>
        ) : (
          <AchievementsTable
            programId={program.id}
            achievements={achievements}
            renderActions={({ achievement, latest }) => (
              <Menu withInitialFocusPlaceholder={false}>
                <Menu.Target>
                  <Button size="xs" variant="subtle" aria-label={`Actions for ${latest.name}`}>
                    Actions
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    disabled={readOnly}
                    onClick={() => {
                      void actions.duplicateAchievement(achievement.id, program.id).then((id) => {
                        if (id !== null)
                          void navigate(`/programs/${program.id}/achievements/${id}`);
                      });
                    }}
                  >
                    Duplicate
                  </Menu.Item>
                  <Menu.Item
                    onClick={() => void transfer.exportProgram(program.id, achievement.id)}
                  >
                    Export definition
                  </Menu.Item>
                  <Menu.Item
                    disabled={readOnly}
                    onClick={() =>
                      void actions.setAchievementRetired(
                        achievement.id,
                        achievement.retiredAt === null,
                      )
                    }
                  >
                    {achievement.retiredAt === null ? 'Retire' : 'Restore'}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          />
        )}
      </Paper>
      <NewAchievementModal
        opened={creating}
        onClose={close}
        onCreate={async (input) => {
          const id = await actions.createAchievement(program.id, input);
          close();
          await navigate(`/programs/${program.id}/achievements/${id}`);
        }}
      />
      <ImportReportModal report={transfer.report} onClose={transfer.dismissReport} />
    </Stack>
  );
}
