import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface ViewerErrorProps {
  readonly message: string;
  readonly title?: string;
}

export function ViewerError({ message, title = 'This file cannot be shown' }: ViewerErrorProps) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      {message}
    </Alert>
  );
}
