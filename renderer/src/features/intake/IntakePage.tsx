import { Stack } from '@mantine/core';
import { sectionByPath } from '../../app/sectionByPath';
import { ComingSoon } from '../../components/ComingSoon';
import { SectionPage } from '../../components/SectionPage';
import { RosterSection } from './RosterSection';

/** Intake: the roster, then (coming) learners' submissions and their evidence. */
export function IntakePage() {
  const section = sectionByPath('/intake');
  return (
    <SectionPage section={section}>
      <Stack gap="xl">
        <RosterSection />
        {/* The submissions part goes here. */}
        <ComingSoon items={section.planned.filter((item) => !item.startsWith('Roster'))} />
      </Stack>
    </SectionPage>
  );
}
