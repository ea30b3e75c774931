import { Table, Text } from '@mantine/core';
import type { ColumnMapping, CsvTable } from '../../../../shared/intake/roster';
import { previewRows, previewSize } from './model';

export interface RosterPreviewTableProps {
  readonly table: CsvTable;
  readonly mapping: ColumnMapping;
}

function Cell({ value }: { readonly value: string }) {
  return (
    <Table.Td>
      {value === '' ? (
        <Text span c="dimmed" size="sm">
          (empty)
        </Text>
      ) : (
        value
      )}
    </Table.Td>
  );
}

/** The first rows of the file, read through the current mapping. */
export function RosterPreviewTable({ table, mapping }: RosterPreviewTableProps) {
  const rows = previewRows(table, mapping);
  const withCohort = mapping.cohort !== null;
  const withSection = mapping.section !== null;
  const shown = Math.min(previewSize, table.rows.length);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>
          Preview: the first {shown} {shown === 1 ? 'row' : 'rows'} as Attest will read them
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Student number</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            {withCohort && <Table.Th>Cohort</Table.Th>}
            {withSection && <Table.Th>Section</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ row, record }) => (
            <Table.Tr key={row}>
              <Table.Td>{row}</Table.Td>
              <Cell value={record.studentNumber} />
              <Cell value={record.name} />
              <Cell value={record.email} />
              {withCohort && <Cell value={record.cohort} />}
              {withSection && <Cell value={record.section} />}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
