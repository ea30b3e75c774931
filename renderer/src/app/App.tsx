import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { AppFrame } from '../components/AppFrame';
import { ReadOnlyBanner } from '../components/ReadOnlyBanner';
import { IntakePage } from '../features/intake/IntakePage';
import { MarkingPage } from '../features/marking/MarkingPage';
import { ModerationPage } from '../features/moderation/ModerationPage';
import { IssuingPage } from '../features/issuing/IssuingPage';
import { ProgramsPage } from '../features/programs/ProgramsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { VerifyPage } from '../features/verify/VerifyPage';
import { useNextUnmarkedAnywhere } from '../features/marking/useNextUnmarkedAnywhere';
import { useIntakeRecovery } from '../features/submissions/useIntakeRecovery';
import { NotFoundPage } from './NotFoundPage';
import { useReadOnlyReason } from './useReadOnlyReason';

// Hash routing: the renderer is served from a custom protocol (or a test
// origin) where only index.html exists, so the path must live in the hash.
const router = createHashRouter([
  {
    path: '/',
    element: <Frame />,
    children: [
      { index: true, element: <Navigate to="/programs" replace /> },
      { path: 'programs/*', element: <ProgramsPage /> },
      { path: 'intake/*', element: <IntakePage /> },
      { path: 'marking/*', element: <MarkingPage /> },
      { path: 'moderation/*', element: <ModerationPage /> },
      { path: 'issuing/*', element: <IssuingPage /> },
      { path: 'verify/*', element: <VerifyPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

function Frame() {
  const reason = useReadOnlyReason();
  // Finishes intakes a crash interrupted, once the database is open.
  useIntakeRecovery();
  // "Next unmarked" is one key from every screen.
  useNextUnmarkedAnywhere();
  return <AppFrame banner={reason === null ? undefined : <ReadOnlyBanner reason={reason} />} />;
}

export function App() {
  return <RouterProvider router={router} />;
}
