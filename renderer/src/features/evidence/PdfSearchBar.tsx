import { ActionIcon, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSearch } from '@tabler/icons-react';

export interface PdfSearchBarProps {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  /** "Match 2 of 5, on page 3." — announced politely. */
  readonly status: string;
  readonly searching: boolean;
  readonly hasMatches: boolean;
}

export function PdfSearchBar(props: PdfSearchBarProps) {
  const { query, onQuery, onNext, onPrevious, status, searching, hasMatches } = props;
  return (
    <Group gap="xs" role="search" aria-label="Search the PDF" wrap="wrap">
      <TextInput
        aria-label="Find in document"
        placeholder="Find in document"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        w={260}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (event.shiftKey) onPrevious();
          else onNext();
        }}
      />
      <Tooltip label="Previous match (Shift+Enter)">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Previous match"
          disabled={!hasMatches}
          onClick={onPrevious}
        >
          <IconArrowUp size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Next match (Enter)">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Next match"
          disabled={!hasMatches}
          onClick={onNext}
        >
          <IconArrowDown size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Text size="sm" role="status" aria-live="polite">
        {searching ? 'Searching…' : status}
      </Text>
    </Group>
  );
}
