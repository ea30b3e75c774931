import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1}>Not found</Title>
      <Text>
        There is no screen at this address.{' '}
        <Anchor component={Link} to="/programs">
          Go to Programs
        </Anchor>
      </Text>
    </Stack>
  );
}
