import { Code, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import type { AppInfo, WorkspaceInfo } from '../../../../shared/ipc/contract';
import type { QueryState } from '../../api/useIpcQuery';

export interface AboutCardProps {
  readonly app: QueryState<AppInfo>;
  readonly workspace: QueryState<WorkspaceInfo>;
}

const hostLabels: Record<AppInfo['host'], string> = {
  electron: 'Desktop app',
  harness: 'Test harness (Chromium)',
};

function Value<T>({
  state,
  render,
}: {
  state: QueryState<T>;
  render: (value: T) => React.ReactNode;
}) {
  switch (state.status) {
    case 'loading':
      return <Skeleton height={16} width={160} />;
    case 'error':
      return <Text c="red">{state.error.message}</Text>;
    case 'ok':
      return render(state.value);
  }
}

export function AboutCard({ app, workspace }: AboutCardProps) {
  const rows: [string, React.ReactNode][] = [
    ['Version', <Value key="v" state={app} render={(a) => `${a.name} ${a.version}`} />],
    [
      'Running as',
      <Value key="h" state={app} render={(a) => `${hostLabels[a.host]} on ${a.platform}`} />,
    ],
    ['Workspace folder', <Value key="w" state={workspace} render={(w) => <Code>{w.path}</Code>} />],
    [
      'Workspace created',
      <Value
        key="c"
        state={workspace}
        render={(w) => new Date(w.createdAt).toLocaleString('en-CA')}
      />,
    ],
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="about-title">
      <Title order={2} size="h4" id="about-title" mb="sm">
        About
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
