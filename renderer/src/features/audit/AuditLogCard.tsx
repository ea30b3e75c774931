import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { plural } from '../../../../shared/format';
import { chainCheckText } from './model';
import { useAuditLog } from './useAuditLog';

/** Settings: the size of the audit log and a check that nothing in it was changed. */
export function AuditLogCard() {
  const log = useAuditLog();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="audit-log-title">
      <Title order={2} size="h4" id="audit-log-title" mb="xs">
        Audit log
      </Title>
      <Text c="dimmed" mb="md">
        Every allocation, start and end of marking is recorded with who and when. Each entry is
        chained to the one before by its SHA-256 hash, so an entry changed, inserted or removed
        anywhere but at the end is found.
      </Text>
      <Group>
        <Text>{log.count === undefined ? 'Counting…' : plural(log.count, 'event')}</Text>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={16} aria-hidden />}
          onClick={() => void log.runCheck()}
          loading={log.checking}
        >
          Check the audit log
        </Button>
      </Group>
      {/* Mounted before the first result, so screen readers announce each one. */}
      <div role="status" aria-label="Audit log check">
        {log.check !== null && (
          <Alert
            // The live region is the status around it; an alert inside would be read twice.
            role="note"
            mt="md"
            color={log.check.ok ? 'teal' : 'red'}
            title={log.check.ok ? 'Intact' : 'Broken'}
          >
            {chainCheckText(log.check)}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
