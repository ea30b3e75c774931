import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Submission } from '../../../../shared/domain';
import { evidenceLabel } from '../../../../shared/domain/marking';
import { EvidenceViewer } from '../evidence/EvidenceViewer';
import { useOpenExternally } from '../evidence/useOpenExternally';
import { useEvidenceBaseUrl } from '../submissions/useSubmissionList';
import classes from './EvidencePanel.module.css';

export interface EvidencePanelProps {
  readonly submission: Submission;
  /** The file shown (by SHA-256); null shows the first. */
  readonly openSha: string | null;
  readonly onOpen: (sha256: string) => void;
  /** Blind marking: files are listed by role, position and type, never by name. */
  readonly blind: boolean;
}

/** The submission's files and one of them open in the viewer. */
export function EvidencePanel({ submission, openSha, onOpen, blind }: EvidencePanelProps) {
  const baseUrl = useEvidenceBaseUrl();
  const openExternally = useOpenExternally();
  const shown = openSha ?? submission.evidence[0]?.sha256 ?? null;
  const index = submission.evidence.findIndex((e) => e.sha256 === shown);
  const open = submission.evidence[index] ?? null;
  return (
    <Stack gap="sm" className={classes.panel} data-own-arrow-keys>
      <Paper component="nav" aria-label="Evidence files" withBorder p="sm">
        {submission.evidence.length === 0 ? (
          <Text c="dimmed">No files.</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {submission.evidence.map((e, i) => (
              <li key={e.sha256}>
                <UnstyledButton aria-current={e.sha256 === shown} onClick={() => onOpen(e.sha256)}>
                  <Text size="sm" fw={e.sha256 === shown ? 700 : 400}>
                    {evidenceLabel(blind, e, i)}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      <Stack component="section" aria-label="Evidence viewer" gap="xs">
        {open === null || baseUrl === null ? (
          <Text c="dimmed">Choose a file to see it here.</Text>
        ) : (
          <EvidenceViewer
            key={open.sha256}
            src={`${baseUrl}${open.sha256}`}
            mediaType={open.mediaType}
            fileName={evidenceLabel(blind, open, index)}
            size={open.size}
            onOpenExternally={() => {
              openExternally(open.sha256, evidenceLabel(blind, open, index));
            }}
          />
        )}
      </Stack>
    </Stack>
  );
}
