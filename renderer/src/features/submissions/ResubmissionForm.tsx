import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Submission } from '../../../../shared/domain';
import type { ResubmissionChoice } from './model';
import { roleLabels } from './model';

export interface ResubmissionFormProps {
  readonly submission: Submission;
  readonly busy: boolean;
  readonly onCreate: (choice: ResubmissionChoice) => void;
  readonly onCancel: () => void;
}

/** What the next attempt keeps of this one (everything by default). */
export function ResubmissionForm({ submission, busy, onCreate, onCancel }: ResubmissionFormProps) {
  const [keep, setKeep] = useState<ReadonlySet<string>>(
    () => new Set(submission.evidence.map((e) => e.sha256)),
  );
  const [keepReflection, setKeepReflection] = useState(true);
  const [keepSetting, setKeepSetting] = useState(true);
  const next = submission.attempt + 1;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="resubmission-title">
      <Stack gap="sm">
        <Title order={4} id="resubmission-title">
          Resubmission (attempt {next})
        </Title>
        <Text size="sm" c="dimmed">
          The new attempt is linked to this one and carries the evidence kept below; add the new or
          replaced files to it with “Add files…”.
        </Text>
        <Checkbox.Group
          label="Evidence to keep"
          value={[...keep]}
          onChange={(values) => setKeep(new Set(values))}
        >
          <Stack gap={4} mt={4}>
            {submission.evidence.map((e) => (
              <Checkbox
                key={e.sha256}
                value={e.sha256}
                label={`Keep ${e.fileName} (${roleLabels[e.role]})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {submission.reflectionText !== null && (
          <Checkbox
            label="Keep the reflection text"
            checked={keepReflection}
            onChange={(event) => setKeepReflection(event.currentTarget.checked)}
          />
        )}
        {submission.setting !== null && (
          <Checkbox
            label="Keep the attestation"
            checked={keepSetting}
            onChange={(event) => setKeepSetting(event.currentTarget.checked)}
          />
        )}
        <Group>
          <Button loading={busy} onClick={() => onCreate({ keep, keepReflection, keepSetting })}>
            Create attempt {next}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
