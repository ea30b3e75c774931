import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';

export function ModerationPage() {
  return <SectionPage section={sectionByPath('/moderation')} />;
}
