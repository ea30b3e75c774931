import { Button, Grid, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { Submission } from '../../../../shared/domain';
import { useAttestation, useReflectionText } from './useSubmissionEditing';

export interface SubmissionTextsProps {
  readonly submission: Submission;
}

/** The learner's reflection typed or pasted, saved as it is typed. Mount keyed by submission. */
export function ReflectionText({ submission }: SubmissionTextsProps) {
  const reflection = useReflectionText(submission);
  return (
    <Textarea
      label="Reflection text"
      description="Typed or pasted; saved as you type."
      autosize
      minRows={4}
      maxRows={16}
      value={reflection.value}
      readOnly={reflection.readOnly}
      onChange={(event) => reflection.onChange(event.currentTarget.value)}
      onBlur={() => void reflection.onBlur()}
    />
  );
}

/** The supervisor's attestation and the setting. Mount keyed by submission. */
export function AttestationFields({ submission }: SubmissionTextsProps) {
  const { form, setField, save, saving, readOnly } = useAttestation(submission);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attestation-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Title order={4} id="attestation-title">
            Supervisor attestation
          </Title>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Setting organisation"
                value={form.organisation}
                readOnly={readOnly}
                onChange={(e) => setField('organisation', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Supervisor name"
                value={form.supervisorName}
                readOnly={readOnly}
                onChange={(e) => setField('supervisorName', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Setting description"
                autosize
                minRows={2}
                value={form.description}
                readOnly={readOnly}
                onChange={(e) => setField('description', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Supervisor role"
                value={form.supervisorRole}
                readOnly={readOnly}
                onChange={(e) => setField('supervisorRole', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Supervisor organisation"
                value={form.supervisorOrganisation}
                readOnly={readOnly}
                onChange={(e) => setField('supervisorOrganisation', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Date attested"
                type="date"
                value={form.attestedOn}
                readOnly={readOnly}
                onChange={(e) => setField('attestedOn', e.currentTarget.value)}
              />
            </Grid.Col>
          </Grid>
          <div>
            <Button type="submit" loading={saving} disabled={readOnly}>
              Save attestation
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
