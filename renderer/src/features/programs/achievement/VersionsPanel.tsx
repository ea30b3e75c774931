import { Button, Code, Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AchievementVersion } from '../../../../../shared/domain';
import { describeChange, diffVersions } from '../../../../../shared/domain/definitions';

export interface VersionsPanelProps {
  readonly versions: readonly AchievementVersion[];
  readonly current: number;
  readonly onOpen: (version: number) => void;
}

/** Every version with its state, and what changed between any two. */
export function VersionsPanel({ versions, current, onOpen }: VersionsPanelProps) {
  const numbers = versions.map((v) => String(v.version));
  const [from, setFrom] = useState(numbers.at(-2) ?? numbers[0] ?? '');
  const [to, setTo] = useState(numbers.at(-1) ?? '');
  const a = versions.find((v) => String(v.version) === from);
  const b = versions.find((v) => String(v.version) === to);
  const changes = a !== undefined && b !== undefined && a !== b ? diffVersions(a, b) : [];
  return (
    <Stack maw={900}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Last changed</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Open</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>v{v.version}</Table.Td>
              <Table.Td>{v.state === 'published' ? 'Published (frozen)' : 'Draft'}</Table.Td>
              <Table.Td>{new Date(v.publishedAt ?? v.updatedAt).toLocaleString('en-CA')}</Table.Td>
              <Table.Td>
                {v.version === current ? (
                  <Text size="sm" c="dimmed">
                    Open now
                  </Text>
                ) : (
                  <Button size="xs" variant="subtle" onClick={() => onOpen(v.version)}>
                    Open v{v.version}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {versions.length > 1 && (
        <>
          <Group align="flex-end">
            <NativeSelect
              label="Compare version"
              data={numbers}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <NativeSelect
              label="with version"
              data={numbers}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
          </Group>
          <div aria-live="polite">
            {a === b ? (
              <Text c="dimmed">Choose two different versions.</Text>
            ) : changes.length === 0 ? (
              <Text>No differences.</Text>
            ) : (
              <List spacing={4} aria-label="Changes between versions">
                {changes.map((change) => (
                  <List.Item key={change.path}>
                    {describeChange(change)} <Code fz="xs">{change.kind}</Code>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </>
      )}
    </Stack>
  );
}
