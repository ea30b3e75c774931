import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function IssuingPage() {
  return <SectionPage section={sectionByPath('/issuing')} />;
}
