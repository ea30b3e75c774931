import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { DatabaseContext } from './DatabaseContext';
import { useOpenDatabase } from './useOpenDatabase';

export interface DatabaseGateProps {
  readonly children: ReactNode;
}

/** Opens the local database before any screen that reads it renders. */
export function DatabaseGate({ children }: DatabaseGateProps) {
  const state = useOpenDatabase();
  switch (state.status) {
    case 'opening':
      return (
        <Center h="100vh">
          <Loader aria-label="Opening your data" />
        </Center>
      );
    case 'failed':
      return (
        <Alert color="red" title="Attest could not open its data" m="lg" role="alert">
          {state.message}
        </Alert>
      );
    case 'open':
      return <DatabaseContext.Provider value={state.opened}>{children}</DatabaseContext.Provider>;
  }
}
