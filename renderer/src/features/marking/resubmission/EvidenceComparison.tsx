import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { IconEqual, IconMinus, IconPlus, IconReplace } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { EvidenceItem } from '../../../../../shared/domain';
import { formatBytes } from '../../../../../shared/format';
import type { EvidenceStatus, PlacedEvidence } from './model';
import { compareEvidence, evidenceRowLabels, evidenceStatusLabels, openableSha } from './model';

export interface EvidenceComparisonProps {
  /** The evidence of the attempt before. */
  readonly previous: readonly EvidenceItem[];
  /** The evidence of the attempt being marked. */
  readonly current: readonly EvidenceItem[];
  /** Blind marking: files are named by role and position, never by file name. */
  readonly blind: boolean;
  /** Opens one of the current attempt's files (by sha256) in the evidence viewer. */
  readonly onOpen: (sha256: string) => void;
  /** The number of the attempt being marked (2 unless a later one). */
  readonly attempt?: number;
}

const statusLook: Readonly<Record<EvidenceStatus, { color: MantineColor; icon: ReactNode }>> = {
  kept: { color: 'gray', icon: <IconEqual size={12} aria-hidden /> },
  replaced: { color: 'blue', icon: <IconReplace size={12} aria-hidden /> },
  new: { color: 'teal', icon: <IconPlus size={12} aria-hidden /> },
  removed: { color: 'red', icon: <IconMinus size={12} aria-hidden /> },
};

function size(side: PlacedEvidence | null): string {
  return side === null ? '—' : formatBytes(side.item.size);
}

/** Attempt 1's files beside attempt 2's: kept, replaced, new, removed; new bytes can be opened. */
export function EvidenceComparison({
  previous,
  current,
  blind,
  onOpen,
  attempt = 2,
}: EvidenceComparisonProps) {
  const rows = useMemo(() => compareEvidence(previous, current), [previous, current]);
  const before = `Attempt ${String(attempt - 1)}`;
  const now = `Attempt ${String(attempt)}`;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder captionSide="top" verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }}>
          Evidence: {before.toLowerCase()} and {now.toLowerCase()}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">{before} file</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">{now} file</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  Neither attempt has files.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => {
            const labels = evidenceRowLabels(row, blind);
            const sha = openableSha(row);
            const look = statusLook[row.status];
            return (
              <Table.Tr
                key={`${row.previous?.item.sha256 ?? ''}:${row.current?.item.sha256 ?? ''}`}
                data-status={row.status}
              >
                <Table.Td>
                  <Badge variant="light" color={look.color} leftSection={look.icon}>
                    {evidenceStatusLabels[row.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{labels.previous ?? '—'}</Table.Td>
                <Table.Td>{size(row.previous)}</Table.Td>
                <Table.Td>{labels.current ?? '—'}</Table.Td>
                <Table.Td>{size(row.current)}</Table.Td>
                <Table.Td>
                  {sha !== null && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={`Open ${labels.current ?? 'file'}`}
                      onClick={() => onOpen(sha)}
                    >
                      Open
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
