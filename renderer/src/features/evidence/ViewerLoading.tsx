import { Group, Loader, Text } from '@mantine/core';

export interface ViewerLoadingProps {
  readonly label: string;
}

export function ViewerLoading({ label }: ViewerLoadingProps) {
  return (
    <Group role="status" gap="xs" p="md">
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
