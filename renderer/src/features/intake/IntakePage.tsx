import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function IntakePage() {
  return <SectionPage section={sectionByPath('/intake')} />;
}
