import {
  Anchor,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type {
  AchievementVersion,
  Alignment,
  InstitutionFramework,
} from '../../../../../shared/domain';
import {
  emptyExternalAlignment,
  institutionAlignment,
  institutionOptions,
  isTargetType,
  targetTypes,
  textOrNull,
} from './alignmentModel';

export interface AlignmentsPanelProps {
  readonly version: AchievementVersion;
  readonly frameworks: readonly InstitutionFramework[];
  readonly editable: boolean;
  readonly onChange: (next: AchievementVersion) => void;
  readonly newId: () => string;
}

function AlignmentFields({
  alignment,
  n,
  nameId,
  readOnly,
  onUpdate,
}: {
  alignment: Alignment;
  n: number;
  /** DOM id of the name field, so focus can move there when the alignment is added. */
  nameId: string;
  readOnly: boolean;
  onUpdate: (patch: Partial<Alignment>) => void;
}) {
  if (alignment.institutionFrameworkId !== null) {
    return (
      <Text>
        <strong>{alignment.targetFramework}</strong>: {alignment.targetCode} —{' '}
        {alignment.targetName}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        id={nameId}
        label={`Alignment ${n} name`}
        required
        readOnly={readOnly}
        value={alignment.targetName}
        onChange={(e) => onUpdate({ targetName: e.currentTarget.value })}
      />
      <TextInput
        label={`Alignment ${n} web address`}
        required
        placeholder="https://"
        readOnly={readOnly}
        value={alignment.targetUrl}
        onChange={(e) => onUpdate({ targetUrl: e.currentTarget.value })}
      />
      <TextInput
        label={`Alignment ${n} code`}
        readOnly={readOnly}
        value={alignment.targetCode ?? ''}
        onChange={(e) => onUpdate({ targetCode: textOrNull(e.currentTarget.value) })}
      />
      <TextInput
        label={`Alignment ${n} framework`}
        readOnly={readOnly}
        value={alignment.targetFramework ?? ''}
        onChange={(e) => onUpdate({ targetFramework: textOrNull(e.currentTarget.value) })}
      />
      <Select
        label={`Alignment ${n} type`}
        readOnly={readOnly}
        clearable
        data={targetTypes.filter((t) => t !== 'ext:InstitutionFramework')}
        value={alignment.targetType}
        onChange={(value) =>
          onUpdate({ targetType: value !== null && isTargetType(value) ? value : null })
        }
      />
    </SimpleGrid>
  );
}

export function AlignmentsPanel({
  version,
  frameworks,
  editable,
  onChange,
  newId,
}: AlignmentsPanelProps) {
  const [choice, setChoice] = useState<string | null>(null);
  const setAll = (alignments: readonly Alignment[]) => {
    onChange({ ...version, alignments });
  };
  const readOnly = !editable;
  const idPrefix = useId();
  const pickerId = `${idPrefix}-picker`;
  const nameId = (id: string) => `${idPrefix}-${id}-name`;
  // Focus follows additions and removals (the pressed button may be disabled or gone).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    const element = document.getElementById(id);
    if (element === null) return;
    focusNext.current = null;
    element.focus();
  });
  return (
    <Stack maw={820}>
      <Text>
        Align the micro-credential with the institution’s values, strategic plan and digital
        learning strategy (at least one is needed to publish), and with external skills frameworks.
        The institution’s frameworks are edited in{' '}
        <Anchor component={Link} to="/settings" underline="always">
          Settings
        </Anchor>
        .
      </Text>
      {version.alignments.length === 0 && <Text c="dimmed">No alignments yet.</Text>}
      {version.alignments.map((alignment, index) => (
        <Fieldset
          key={alignment.id}
          legend={`Alignment ${index + 1}${alignment.institutionFrameworkId === null ? ' (external)' : ' (institution)'}`}
        >
          <Stack>
            <AlignmentFields
              alignment={alignment}
              n={index + 1}
              nameId={nameId(alignment.id)}
              readOnly={readOnly}
              onUpdate={(patch) =>
                setAll(
                  version.alignments.map((a) => (a.id === alignment.id ? { ...a, ...patch } : a)),
                )
              }
            />
            {editable && (
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => {
                    focusNext.current = pickerId;
                    setAll(version.alignments.filter((a) => a.id !== alignment.id));
                  }}
                >
                  Remove alignment {index + 1}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      ))}
      {editable && (
        <Group align="flex-end">
          <Select
            id={pickerId}
            label="Institution framework item"
            placeholder={
              frameworks.length === 0 ? 'No frameworks yet: add them in Settings' : 'Choose an item'
            }
            data={institutionOptions(frameworks)}
            value={choice}
            onChange={setChoice}
            searchable
            w={360}
          />
          <Button
            variant="default"
            disabled={choice === null}
            onClick={() => {
              const alignment =
                choice === null ? null : institutionAlignment(frameworks, choice, newId());
              if (alignment !== null) setAll([...version.alignments, alignment]);
              setChoice(null);
              focusNext.current = pickerId;
            }}
          >
            Add institution alignment
          </Button>
          <Button
            variant="default"
            onClick={() => {
              const alignment = emptyExternalAlignment(newId());
              focusNext.current = nameId(alignment.id);
              setAll([...version.alignments, alignment]);
            }}
          >
            Add external alignment
          </Button>
        </Group>
      )}
    </Stack>
  );
}
