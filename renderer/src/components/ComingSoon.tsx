import { List, Paper, Text, Title } from '@mantine/core';

export interface ComingSoonProps {
  readonly items: readonly string[];
}

/** Says plainly what an unfinished screen will hold. */
export function ComingSoon({ items }: ComingSoonProps) {
  return (
    <Paper withBorder p="lg" maw={720}>
      <Title order={2} size="h4" mb="xs">
        Coming to this screen
      </Title>
      <Text c="dimmed" mb="sm">
        This part of Attest is being built. It will hold:
      </Text>
      <List spacing="xs">
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
