import { Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Submission } from '../../../../shared/domain';
import { EvidenceViewer } from '../evidence/EvidenceViewer';
import { useEvidenceBaseUrl } from '../submissions/useSubmissionList';
import classes from './EvidencePanel.module.css';

/** The submission's files, one open in the viewer, and the reflection text when there is one. */
export function EvidencePanel({ submission }: { readonly submission: Submission }) {
  const baseUrl = useEvidenceBaseUrl();
  const [openSha, setOpenSha] = useState(submission.evidence[0]?.sha256 ?? null);
  const open = submission.evidence.find((e) => e.sha256 === openSha) ?? null;
  return (
    <Stack gap="sm" className={classes.panel}>
      <Paper component="nav" aria-label="Evidence files" withBorder p="sm">
        {submission.evidence.length === 0 ? (
          <Text c="dimmed">No files.</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {submission.evidence.map((e) => (
              <li key={e.sha256}>
                <UnstyledButton
                  aria-current={e.sha256 === openSha}
                  onClick={() => setOpenSha(e.sha256)}
                >
                  <Text size="sm" fw={e.sha256 === openSha ? 700 : 400}>
                    {e.fileName}
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
            fileName={open.fileName}
            size={open.size}
          />
        )}
      </Stack>
      {submission.reflectionText !== null && submission.reflectionText.trim() !== '' && (
        <Paper component="section" aria-labelledby="reflection-text-heading" withBorder p="sm">
          <Title order={3} id="reflection-text-heading" size="h5">
            Reflection
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {submission.reflectionText}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
