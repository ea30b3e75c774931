import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';

export interface FormModalProps {
  readonly opened: boolean;
  readonly title: string;
  readonly submitLabel: string;
  readonly onClose: () => void;
  /** The form's submit handler (e.g. Mantine's `form.onSubmit(…)`). */
  readonly onSubmit: NonNullable<ComponentProps<'form'>['onSubmit']>;
  readonly children: ReactNode;
}

/** A dialog holding one small form: its fields, then Cancel and the submit button. */
export function FormModal({
  opened,
  title,
  submitLabel,
  onClose,
  onSubmit,
  children,
}: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
