import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '../../components/FormModal';

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
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New micro-credential"
      submitLabel="Create micro-credential"
      onSubmit={form.onSubmit((values) => {
        void onCreate(values).then(() => {
          form.reset();
        });
      })}
    >
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
    </FormModal>
  );
}
