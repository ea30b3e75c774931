import { Modal } from '@mantine/core';
import type { EvidenceComparisonProps } from './EvidenceComparison';
import { EvidenceComparison } from './EvidenceComparison';

export interface EvidenceComparisonDialogProps extends EvidenceComparisonProps {
  readonly opened: boolean;
  readonly onClose: () => void;
}

/**
 * The evidence comparison as a dialog (key `e` on the marking screen): focus
 * stays inside while it is open, Escape closes it and focus goes back to
 * where it was.
 */
export function EvidenceComparisonDialog({
  opened,
  onClose,
  attempt = 2,
  ...comparison
}: EvidenceComparisonDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Compare evidence: attempt ${String(attempt - 1)} and attempt ${String(attempt)}`}
      size="xl"
      trapFocus
      closeOnEscape
      returnFocus
    >
      <EvidenceComparison attempt={attempt} {...comparison} />
    </Modal>
  );
}
