import { Badge } from '@mantine/core';
import type { AchievementStatus } from './model';
import { describeStatus } from './model';

export function AchievementStatusBadge({ status }: { readonly status: AchievementStatus }) {
  return (
    <Badge variant="light" color={status.kind === 'draft' ? 'gray' : 'teal'} tt="none">
      {describeStatus(status)}
    </Badge>
  );
}
