import { Route, Routes } from 'react-router';
import { sectionByPath } from '../../app/sectionByPath';
import { SectionPage } from '../../components/SectionPage';
import { MarkingQueue } from './MarkingQueue';
import { MarkingView } from './MarkingView';

/** The marking workbench: the queue at /marking, one submission at /marking/:submissionId. */
export function MarkingPage() {
  return (
    <SectionPage section={sectionByPath('/marking')}>
      <Routes>
        <Route index element={<MarkingQueue />} />
        <Route path=":submissionId" element={<MarkingView />} />
      </Routes>
    </SectionPage>
  );
}
