import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import { formatBytes } from '../../../../shared/format';
import { ViewerNotice } from './ViewerNotice';

export interface OtherViewerProps {
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  /** Hands the file to the operating system; the button is hidden without it. */
  readonly onOpenExternally?: () => void;
}

/** Files Attest cannot show safely: their facts, a warning, and a confirmed way out. */
export function OtherViewer({ fileName, mediaType, size, onOpenExternally }: OtherViewerProps) {
  const [confirming, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Table variant="vertical" withTableBorder layout="fixed" maw={560}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={120}>Name</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{fileName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Type</Table.Th>
            <Table.Td>{mediaType === '' ? 'unknown' : mediaType}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Size</Table.Th>
            <Table.Td>{formatBytes(size)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <ViewerNotice title="Attest cannot show this file">
        Its type cannot be previewed safely here. Judge it from its name and size, or open it with
        another program if you trust where it came from.
      </ViewerNotice>
      {onOpenExternally !== undefined && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconExternalLink size={16} aria-hidden="true" />}
            onClick={open}
          >
            Open with system app…
          </Button>
        </Group>
      )}
      <Modal
        opened={confirming}
        onClose={close}
        title="Open this file with another program?"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="md">
          <Text size="sm">
            {`"${fileName}" will open in the program your computer uses for this type of file. `}
            That program runs outside Attest’s protections: a harmful file could run code, reach the
            internet or change files on this computer.
          </Text>
          <Text size="sm">Only continue if you trust the learner’s file and the program.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                close();
                onOpenExternally?.();
              }}
            >
              Open with system app
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
