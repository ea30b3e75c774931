import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ProgramDraft } from './model';
import { validateProgramDraft } from './model';

export interface NewProgramModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreate: (draft: ProgramDraft) => Promise<void>;
}

export function NewProgramModal({ opened, onClose, onCreate }: NewProgramModalProps) {
  const form = useForm<ProgramDraft>({
    initialValues: { name: '', code: '', description: '' },
    validate: (values) => validateProgramDraft(values),
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New program"
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
          <TextInput label="Program name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="Program code"
            required
            description="e.g. MC-DATA"
            {...form.getInputProps('code')}
          />
          <Textarea
            label="Program description"
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Create program</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
