import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

export interface NewAchievementInput {
  name: string;
  humanCode: string;
}

export interface NewAchievementModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreate: (input: NewAchievementInput) => Promise<void>;
}

export function NewAchievementModal({ opened, onClose, onCreate }: NewAchievementModalProps) {
  const form = useForm<NewAchievementInput>({
    initialValues: { name: '', humanCode: '' },
    validate: {
      name: (value) => (value.trim() === '' ? 'Give the micro-credential a name.' : null),
      humanCode: (value) =>
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value.trim())
          ? null
          : 'Use a code like MC-SAS-101.',
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New micro-credential"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          void onCreate(values).then(() => {
            form.reset();
          });
        })}
      >
        <Stack>
          <TextInput
            label="Micro-credential name"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Code"
            required
            description="e.g. MC-SAS-101"
            {...form.getInputProps('humanCode')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Create micro-credential</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
