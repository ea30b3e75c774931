import { Route, Routes } from 'react-router';
import { AchievementScreen } from './achievement/AchievementScreen';
import { ProgramListScreen } from './ProgramListScreen';
import { ProgramScreen } from './ProgramScreen';

export function ProgramsPage() {
  return (
    <Routes>
      <Route index element={<ProgramListScreen />} />
      <Route path=":programId" element={<ProgramScreen />} />
      <Route path=":programId/achievements/:achievementId" element={<AchievementScreen />} />
    </Routes>
  );
}
