import { Loader, SimpleGrid, Stack } from '@mantine/core';
import { useIpcQuery } from '../../api/useIpcQuery';
import { useJob } from '../../api/useJob';
import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';
import { AuditLogCard } from '../audit/AuditLogCard';
import { AboutCard } from './AboutCard';
import { AppearanceCard } from './AppearanceCard';
import { IdentityCard } from './IdentityCard';
import { InstitutionFrameworksCard } from './InstitutionFrameworksCard';
import { StorageCard } from './StorageCard';
import { useInstitutionFrameworks } from './useInstitutionFrameworks';
import { useSelfIdentity } from './useSelfIdentity';

export function SettingsPage() {
  const app = useIpcQuery('appInfo', {});
  const workspace = useIpcQuery('workspaceInfo', {});
  const usage = useJob('workspaceUsage');
  const self = useSelfIdentity();
  const frameworks = useInstitutionFrameworks();
  return (
    <SectionPage section={sectionByPath('/settings')}>
      <Stack gap="lg" maw={960}>
        {self.identity === undefined ? (
          <Loader aria-label="Loading your identity" />
        ) : (
          <IdentityCard identity={self.identity} readOnly={self.readOnly} onSave={self.save} />
        )}
        {frameworks.frameworks === undefined ? (
          <Loader aria-label="Loading institution frameworks" />
        ) : (
          <InstitutionFrameworksCard
            frameworks={frameworks.frameworks}
            readOnly={frameworks.readOnly}
            onSave={(framework) => void frameworks.save(framework)}
            onRemove={(id) => void frameworks.remove(id)}
            onCreate={() => void frameworks.create()}
          />
        )}
        <AboutCard app={app} workspace={workspace} />
        <AuditLogCard />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <StorageCard
            state={usage.state}
            onMeasure={() => {
              void usage.start({});
            }}
            onCancel={() => {
              void usage.cancel();
            }}
          />
          <AppearanceCard />
        </SimpleGrid>
      </Stack>
    </SectionPage>
  );
}
