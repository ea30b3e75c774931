import {
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileZip, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Id } from '../../../../shared/domain';
import { IntakeProgress } from './IntakeProgress';
import { MatchingStep } from './MatchingStep';
import { SubmissionDetail } from './SubmissionDetail';
import { ExportCohortFeedbackButton } from '../feedback/ExportCohortFeedbackButton';
import { SubmissionList } from './SubmissionList';
import { useSubmissionIntake } from './useSubmissionIntake';
import {
  useEvidenceBaseUrl,
  usePublishedVersions,
  useSubmission,
  useSubmissionRows,
} from './useSubmissionList';

/** The submissions part of Intake: import an LMS download or a folder, then browse the submissions. */
export function SubmissionsSection() {
  const versions = usePublishedVersions();
  const [chosenVersion, setChosenVersion] = useState<Id | null>(null);
  const versionId = versions?.find((v) => v.id === chosenVersion)?.id ?? versions?.[0]?.id ?? null;
  const intake = useSubmissionIntake(versionId);
  const rows = useSubmissionRows(versionId);
  const [openId, setOpenId] = useState<Id | null>(null);
  const open = useSubmission(openId);
  const evidenceBaseUrl = useEvidenceBaseUrl();
  const running = intake.job.status === 'running';
  const version = versions?.find((v) => v.id === versionId);

  return (
    <Stack gap="md" component="section" aria-labelledby="submissions-title">
      <div>
        <Title order={2} id="submissions-title">
          Submissions
        </Title>
        <Text c="dimmed">
          Learners’ evidence from an LMS “download all submissions” zip (Moodle, Brightspace,
          Canvas) or a folder with one sub-folder per learner, matched to the roster.
        </Text>
      </div>
      {versions === undefined ? (
        <Loader size="sm" aria-label="Loading achievement versions" />
      ) : versions.length === 0 ? (
        <Paper withBorder p="md">
          <Text fw={600}>No published achievement yet</Text>
          <Text>
            Submissions are made for a published achievement version. Publish one in{' '}
            <Anchor component={Link} to="/programs" underline="always">
              Programs
            </Anchor>{' '}
            first.
          </Text>
        </Paper>
      ) : (
        <>
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label="Achievement version"
              value={versionId ?? ''}
              data={versions.map((v) => ({
                value: v.id,
                label: `${v.name} (${v.humanCode}) · version ${v.version}`,
              }))}
              onChange={(event) => {
                setChosenVersion(event.currentTarget.value);
                setOpenId(null);
              }}
              disabled={running || intake.result !== null}
              miw={280}
            />
            <Button
              leftSection={<IconFileZip size={16} aria-hidden />}
              onClick={() => void intake.start('zip')}
              disabled={intake.readOnly || running || intake.result !== null}
            >
              Import LMS zip…
            </Button>
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} aria-hidden />}
              onClick={() => void intake.start('folder')}
              disabled={intake.readOnly || running || intake.result !== null}
            >
              Import folder…
            </Button>
          </Group>
          <IntakeProgress job={intake.job} onCancel={() => void intake.cancelJob()} />
          {intake.result !== null && intake.plan !== null && (
            <MatchingStep
              result={intake.result}
              plan={intake.plan}
              learners={intake.learners}
              busy={intake.busy}
              onAssign={intake.assign}
              onRole={intake.setRole}
              onCreate={() => void intake.create()}
              onCancel={() => void intake.discard()}
            />
          )}
          {rows === undefined ? (
            <Loader size="sm" aria-label="Loading submissions" />
          ) : (
            <SubmissionList
              label={`Submissions for ${version?.name ?? 'this version'}`}
              rows={rows}
              selectedId={openId}
              onOpen={setOpenId}
            />
          )}
          {versionId !== null && <ExportCohortFeedbackButton achievementVersionId={versionId} />}
          {open !== undefined && open !== null && (
            <SubmissionDetail
              key={open.submission.id}
              submission={open.submission}
              learnerName={open.learnerName}
              evidenceBaseUrl={evidenceBaseUrl}
              onOpenSubmission={setOpenId}
            />
          )}
        </>
      )}
    </Stack>
  );
}
