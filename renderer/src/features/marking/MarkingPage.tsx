import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function MarkingPage() {
  return <SectionPage section={sectionByPath('/marking')} />;
}
