import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '../../components/FormModal';
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
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New program"
      submitLabel="Create program"
      onSubmit={form.onSubmit((values) => {
        void onCreate(values).then(() => {
          form.reset();
        });
      })}
    >
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
    </FormModal>
  );
}
