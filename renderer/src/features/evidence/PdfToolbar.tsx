import { ActionIcon, Button, Group, NumberInput, Text, Tooltip } from '@mantine/core';
import {
  IconArrowAutofitWidth,
  IconChevronLeft,
  IconChevronRight,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useState } from 'react';

export interface PdfToolbarProps {
  readonly page: number;
  readonly pageCount: number;
  readonly onPage: (page: number) => void;
  /** Zoom in percent of the printed size. */
  readonly percent: number;
  readonly fit: boolean;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

export function PdfToolbar(props: PdfToolbarProps) {
  const { page, pageCount, onPage, percent, fit } = props;
  // What the person is typing; applied on Enter or when the field loses focus.
  const [draft, setDraft] = useState<string | number | null>(null);
  const commit = () => {
    if (draft === null) return;
    const wanted = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (Number.isInteger(wanted)) onPage(Math.min(pageCount, Math.max(1, wanted)));
    setDraft(null);
  };

  return (
    <Group gap="xs" role="toolbar" aria-label="PDF controls" wrap="wrap">
      <Tooltip label="Previous page">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Previous page"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          <IconChevronLeft size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <NumberInput
        aria-label={`Page number, 1 to ${pageCount}`}
        w={80}
        min={1}
        max={pageCount}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        value={draft ?? page}
        onChange={setDraft}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <Text size="sm">{`of ${pageCount}`}</Text>
      <Tooltip label="Next page">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Next page"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          <IconChevronRight size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Zoom out">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Zoom out"
          disabled={!props.canZoomOut}
          onClick={props.onZoomOut}
        >
          <IconZoomOut size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Text size="sm" w={48} ta="center" aria-live="polite" aria-label={`Zoom ${percent}%`}>
        {`${percent}%`}
      </Text>
      <Tooltip label="Zoom in">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Zoom in"
          disabled={!props.canZoomIn}
          onClick={props.onZoomIn}
        >
          <IconZoomIn size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Button
        variant={fit ? 'light' : 'default'}
        leftSection={<IconArrowAutofitWidth size={18} aria-hidden="true" />}
        aria-pressed={fit}
        onClick={props.onFit}
      >
        Fit width
      </Button>
    </Group>
  );
}
