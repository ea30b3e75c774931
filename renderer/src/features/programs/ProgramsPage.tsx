import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function ProgramsPage() {
  return <SectionPage section={sectionByPath('/programs')} />;
}
