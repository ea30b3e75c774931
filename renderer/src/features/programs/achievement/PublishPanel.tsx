import { Alert, Button, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { AchievementVersion } from '../../../../../shared/domain';
import type { PublishRuleResult } from '../../../../../shared/domain/definitions';

export interface PublishPanelProps {
  readonly version: AchievementVersion;
  readonly checks: readonly PublishRuleResult[];
  readonly canPublish: boolean;
  readonly onPublish: () => void;
}

/** Every framework rule with pass or fail and what to fix; publishing waits until all pass. */
export function PublishPanel({ version, checks, canPublish, onPublish }: PublishPanelProps) {
  const failing = checks.filter((c) => !c.passed).length;
  const published = version.state === 'published';
  // The Publish button goes away once it worked: focus moves to the confirmation.
  const publishPressed = useRef(false);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!published || !publishPressed.current) return;
    publishPressed.current = false;
    confirmation.current?.focus();
  }, [published]);
  if (published) {
    return (
      <Alert
        ref={confirmation}
        tabIndex={-1}
        color="teal"
        title={`Version ${version.version} is published`}
      >
        It is frozen: submissions, marking and credentials point at it.
        {version.publishedAt !== null &&
          ` Published ${new Date(version.publishedAt).toLocaleString('en-CA')}`}
      </Alert>
    );
  }
  return (
    <Stack maw={820}>
      <Text aria-live="polite" fw={500} data-testid="publish-summary">
        {failing === 0
          ? 'Every rule of the micro-credential framework is met. This version can be published.'
          : `${failing} of ${checks.length} rules still to meet before this version can be published.`}
      </Text>
      <List spacing="sm" aria-label="Publish check" listStyleType="none">
        {checks.map((check) => (
          <List.Item
            key={check.rule}
            icon={
              <ThemeIcon color={check.passed ? 'teal' : 'red'} size={22} radius="xl" aria-hidden>
                {check.passed ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text span fw={500}>
              {check.label}
            </Text>
            <Text span> — {check.passed ? 'passes' : 'fails'}</Text>
            {!check.passed && check.fix !== undefined && (
              <Text size="sm" c="dimmed">
                {check.fix}
              </Text>
            )}
            {!check.passed && check.problems !== undefined && check.problems.length > 0 && (
              <List size="sm" withPadding>
                {check.problems.slice(0, 8).map((problem) => (
                  <List.Item key={`${problem.path}:${problem.message}`}>
                    {problem.message}
                  </List.Item>
                ))}
              </List>
            )}
          </List.Item>
        ))}
      </List>
      <Group>
        <Button
          onClick={() => {
            publishPressed.current = true;
            onPublish();
          }}
          disabled={!canPublish}
        >
          Publish version {version.version}
        </Button>
        <Text size="sm" c="dimmed">
          A published version can no longer be edited; changes go into a new draft version.
        </Text>
      </Group>
    </Stack>
  );
}
