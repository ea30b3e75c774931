import { Divider, Stack } from '@mantine/core';
import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';
import { SubmissionsSection } from '../submissions/SubmissionsSection';
import { RosterSection } from './RosterSection';

/** Intake: the roster, then learners' submissions and their evidence. */
export function IntakePage() {
  const section = sectionByPath('/intake');
  return (
    <SectionPage section={section}>
      <Stack gap="xl">
        <RosterSection />
        <Divider />
        <SubmissionsSection />
      </Stack>
    </SectionPage>
  );
}
