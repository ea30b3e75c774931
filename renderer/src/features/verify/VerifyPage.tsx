import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function VerifyPage() {
  return <SectionPage section={sectionByPath('/verify')} />;
}
