import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { EvidenceRole } from '../../../../shared/domain';
import { formatBytes, plural } from '../../../../shared/format';
import type { IntakeItem } from '../../../../shared/ipc/contract';
import { roleLabels } from './model';

const roles: readonly EvidenceRole[] = ['demonstration', 'reflection', 'attestation'];

function isRole(value: string): value is EvidenceRole {
  return roles.some((role) => role === value);
}

export interface AddFilesStepProps {
  readonly files: readonly { readonly item: IntakeItem; readonly role: EvidenceRole }[];
  readonly busy: boolean;
  readonly onRole: (path: string, role: EvidenceRole) => void;
  readonly onAdd: () => void;
  readonly onCancel: () => void;
}

/** The files just stored for one submission: a role for each, then add them or cancel. */
export function AddFilesStep({ files, busy, onRole, onAdd, onCancel }: AddFilesStepProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-files-title">
      <Stack gap="sm">
        <Title order={4} id="add-files-title">
          New files
        </Title>
        {files.length === 0 ? (
          <Text c="dimmed">No file could be stored.</Text>
        ) : (
          <Table aria-labelledby="add-files-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th>Role</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map(({ item, role }) => (
                <Table.Tr key={item.path}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{item.fileName}</Table.Td>
                  <Table.Td>{formatBytes(item.size)}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Role of ${item.fileName}`}
                      value={role}
                      data={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
                      onChange={(event) => {
                        const { value } = event.currentTarget;
                        if (isRole(value)) onRole(item.path, value);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button onClick={onAdd} loading={busy} disabled={files.length === 0}>
            Add {plural(files.length, 'file')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel adding
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
