import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import type { Identity, Role } from '../../../../shared/domain';
import type { IdentityDraft } from './model';
import { roleLabels, validateIdentity } from './model';

export interface IdentityCardProps {
  readonly identity: Identity | null;
  readonly readOnly: boolean;
  readonly onSave: (draft: IdentityDraft) => Promise<void>;
}

interface FormValues {
  name: string;
  email: string;
  roles: Role[];
}

function toValues(identity: Identity | null): FormValues {
  return {
    name: identity?.name ?? '',
    email: identity?.email ?? '',
    roles: identity === null ? ['assessor', 'lead'] : [...identity.roles],
  };
}

export function IdentityCard({ identity, readOnly, onSave }: IdentityCardProps) {
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: toValues(identity),
    validate: (values) => validateIdentity(values),
  });
  const { setValues, resetDirty } = form;
  // The form follows the stored identity when its content changes (saved here or in
  // another window), never on a re-read of the same values: that would wipe typing.
  const applied = useRef(JSON.stringify(toValues(identity)));
  useEffect(() => {
    const values = toValues(identity);
    const key = JSON.stringify(values);
    if (key === applied.current) return;
    applied.current = key;
    setValues(values);
    resetDirty(values);
    // Only when the stored identity changes, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity]);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="identity-title">
      <Title order={2} size="h4" id="identity-title" mb="xs">
        Your identity
      </Title>
      <Text c="dimmed" mb="md">
        Who you are on this machine. Your name goes on the work you mark, approve and sign.
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          void onSave(values);
        })}
      >
        <Stack maw={480}>
          <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Checkbox.Group label="Your roles" {...form.getInputProps('roles')}>
            <Group mt="xs">
              {(Object.keys(roleLabels) as Role[]).map((role) => (
                <Checkbox key={role} value={role} label={roleLabels[role]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" disabled={readOnly}>
              Save identity
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
