import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Id } from '../../../../shared/domain';
import { AchievementStatusBadge } from './AchievementStatusBadge';
import type { AchievementSummary } from './usePrograms';

export interface AchievementsTableProps {
  readonly programId: Id;
  readonly achievements: readonly AchievementSummary[];
  /** A last column of actions per row, when the screen offers them. */
  readonly renderActions?: (summary: AchievementSummary) => ReactNode;
}

/** A program's micro-credentials: name (a link to the editor), code and status. */
export function AchievementsTable({
  programId,
  achievements,
  renderActions,
}: AchievementsTableProps) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Micro-credential</Table.Th>
          <Table.Th>Code</Table.Th>
          <Table.Th>Status</Table.Th>
          {renderActions !== undefined && (
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {achievements.map((summary) => {
          const { achievement, latest, status } = summary;
          return (
            <Table.Tr key={achievement.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/programs/${programId}/achievements/${achievement.id}`}
                >
                  {latest.name}
                </Anchor>
                {achievement.retiredAt !== null && (
                  <Text span c="dimmed">
                    {' '}
                    (retired)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{latest.humanCode}</Table.Td>
              <Table.Td>
                <AchievementStatusBadge status={status} />
              </Table.Td>
              {renderActions !== undefined && <Table.Td>{renderActions(summary)}</Table.Td>}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
