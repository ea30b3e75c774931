import {
  Alert,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDragDrop, IconFilePlus, IconLock, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import type { Id, Submission } from '../../../../shared/domain';
import { statusLabels } from '../../../../shared/domain/workflowText';
import { formatBytes, plural } from '../../../../shared/format';
import { SubmissionHistory } from '../audit/SubmissionHistory';
import { EvidenceViewer } from '../evidence/EvidenceViewer';
import { useOpenExternally } from '../evidence/useOpenExternally';
import { ExportFeedbackButton } from '../feedback/ExportFeedbackButton';
import { AddFilesStep } from './AddFilesStep';
import { IntakeProgress } from './IntakeProgress';
import { roleLabels } from './model';
import { ResubmissionForm } from './ResubmissionForm';
import classes from './SubmissionDetail.module.css';
import { AttestationFields, ReflectionText } from './SubmissionTexts';
import { useFileDrop } from './useFileDrop';
import { useAddFiles, useResubmission } from './useSubmissionEditing';

export interface SubmissionDetailProps {
  readonly submission: Submission;
  readonly learnerName: string;
  /** `<base><sha256>` is a file's URL; null until the host said where evidence is served. */
  readonly evidenceBaseUrl: string | null;
  /** Opens another submission (the resubmission just created). */
  readonly onOpenSubmission: (id: Id) => void;
}

/** One submission: its evidence list, and the chosen file in the viewer beside it. */
export function SubmissionDetail({
  submission,
  learnerName,
  evidenceBaseUrl,
  onOpenSubmission,
}: SubmissionDetailProps) {
  const [openSha, setOpenSha] = useState<string | null>(null);
  const addFiles = useAddFiles(submission);
  const openExternally = useOpenExternally();
  const resubmission = useResubmission(submission, onOpenSubmission);
  const [resubmitting, setResubmitting] = useState(false);
  const adding = addFiles.job.status === 'running' || addFiles.files !== null;
  const drop = useFileDrop(addFiles.start, addFiles.readOnly || adding);
  const open = submission.evidence.find((e) => e.sha256 === openSha) ?? null;
  const title = `Submission of ${learnerName}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={title} {...drop.handlers}>
      <Title order={3} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Attempt {submission.attempt} · {statusLabels[submission.status]} ·{' '}
        {plural(submission.evidence.length, 'file')}
      </Text>
      <Stack gap="sm" mb="sm">
        <Group align="flex-start">
          <Button
            variant="default"
            leftSection={<IconFilePlus size={16} aria-hidden />}
            onClick={() => void addFiles.start()}
            disabled={addFiles.readOnly || adding || drop.busy}
          >
            Add files…
          </Button>
          {resubmission.available && (
            <Button
              variant="default"
              leftSection={<IconRepeat size={16} aria-hidden />}
              onClick={() => setResubmitting(true)}
              disabled={resubmitting}
            >
              Create resubmission…
            </Button>
          )}
          <ExportFeedbackButton submissionId={submission.id} />
        </Group>
        {!addFiles.readOnly && (
          <Paper
            withBorder
            p="sm"
            aria-label="Drop files here"
            role="note"
            style={{
              borderStyle: 'dashed',
              borderWidth: 2,
              background: drop.over ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <Group gap="xs" wrap="nowrap">
              <IconDragDrop size={20} aria-hidden />
              <Text size="sm">
                {drop.over
                  ? 'Release to add these files to this submission.'
                  : adding
                    ? 'Finish adding the files above before dropping more.'
                    : 'Drop files from your computer anywhere on this submission to add them, or use “Add files…”.'}
              </Text>
            </Group>
          </Paper>
        )}
        {addFiles.frozen !== null && (
          <Alert
            role="note"
            color="blue"
            title="Frozen as marked"
            icon={<IconLock size={18} aria-hidden />}
          >
            {addFiles.frozen}
          </Alert>
        )}
        {drop.problem !== null && (
          <Alert color="red" title="Nothing was added" role="alert">
            {drop.problem}
          </Alert>
        )}
        <IntakeProgress
          job={addFiles.job}
          onCancel={() => void addFiles.cancelJob()}
          label="Adding files"
        />
        {addFiles.files !== null && (
          <AddFilesStep
            files={addFiles.files}
            busy={addFiles.busy}
            onRole={addFiles.setRole}
            onAdd={() => void addFiles.add()}
            onCancel={() => void addFiles.cancel()}
          />
        )}
        {resubmitting && resubmission.available && (
          <ResubmissionForm
            submission={submission}
            busy={resubmission.busy}
            onCreate={(choice) => void resubmission.create(choice)}
            onCancel={() => setResubmitting(false)}
          />
        )}
      </Stack>
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <nav aria-label="Evidence">
            <ul className={classes.list}>
              {submission.evidence.map((e) => (
                <li key={e.sha256}>
                  <UnstyledButton
                    className={classes.file}
                    aria-current={e.sha256 === openSha}
                    onClick={() => setOpenSha(e.sha256)}
                  >
                    <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                      {e.fileName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {roleLabels[e.role]} · {formatBytes(e.size)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack component="section" aria-label="Evidence viewer" gap="xs">
            {open === null || evidenceBaseUrl === null ? (
              <Text c="dimmed">Choose a file to see it here.</Text>
            ) : (
              <>
                <Title order={4}>{open.fileName}</Title>
                <EvidenceViewer
                  key={open.sha256}
                  src={`${evidenceBaseUrl}${open.sha256}`}
                  mediaType={open.mediaType}
                  fileName={open.fileName}
                  size={open.size}
                  onOpenExternally={() => {
                    openExternally(open.sha256, open.fileName);
                  }}
                />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="md" mt="md">
        <ReflectionText submission={submission} />
        <AttestationFields submission={submission} />
        <SubmissionHistory submissionId={submission.id} />
      </Stack>
    </Paper>
  );
}
