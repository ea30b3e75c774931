import { Alert } from '@mantine/core';

export interface ReadOnlyBannerProps {
  readonly reason: string;
}

export function ReadOnlyBanner({ reason }: ReadOnlyBannerProps) {
  return (
    <Alert color="orange" title="Read-only" mb="lg" role="alert">
      Attest opened your data read-only: {reason}
    </Alert>
  );
}
