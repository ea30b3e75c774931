import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onIpcFailure } from './api/client';
import { notifyIpcFailure } from './api/notifyIpcFailure';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { cssVariablesResolver, theme } from './theme';

onIpcFailure(notifyIpcFailure);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={localStorageColorSchemeManager({ key: 'attest-colour-scheme' })}
    >
      <Notifications position="bottom-right" />
      <DatabaseGate>
        <App />
      </DatabaseGate>
    </MantineProvider>
  </StrictMode>,
);
