import { Accordion, List, Stack, Text } from '@mantine/core';
import { evidenceErrorMessage } from './fetchEvidence';
import { SanitizedHtml } from './SanitizedHtml';
import { useDocxHtml } from './useDocxHtml';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';

export interface DocxViewerProps {
  readonly src: string;
  readonly fileName: string;
}

/** A Word document as sanitized HTML (mammoth → DOMPurify): text, headings, lists, tables, images. */
export function DocxViewer({ src, fileName }: DocxViewerProps) {
  const state = useDocxHtml(src);

  if (state.status === 'loading') return <ViewerLoading label={`Converting ${fileName}…`} />;
  if (state.status === 'error') {
    return (
      <ViewerError
        message={evidenceErrorMessage(
          state.error,
          'This Word document could not be read. It may be damaged or not a .docx file.',
        )}
      />
    );
  }
  const { html, messages } = state.value;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        A simplified copy of the document: layout, fonts and colours are not kept.
      </Text>
      {messages.length > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="messages">
            <Accordion.Control>{`Conversion notes (${messages.length})`}</Accordion.Control>
            <Accordion.Panel>
              <List size="sm">
                {messages.map((message, index) => (
                  // Messages can repeat; their order is stable for one document.
                  <List.Item key={`${index}:${message}`}>{message}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <SanitizedHtml html={html} label={`Contents of ${fileName}`} />
    </Stack>
  );
}
