import {
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import type { AchievementVersion, Endorsement } from '../../../../../shared/domain';
import { endorsementGaps } from '../../../../../shared/domain/definitions';

export interface EndorsementsPanelProps {
  readonly version: AchievementVersion;
  readonly editable: boolean;
  readonly onChange: (next: AchievementVersion) => void;
  readonly newId: () => string;
}

export function EndorsementsPanel({ version, editable, onChange, newId }: EndorsementsPanelProps) {
  const setAll = (endorsements: readonly Endorsement[]) => {
    onChange({ ...version, endorsements });
  };
  const update = (id: string, patch: Partial<Endorsement>) => {
    setAll(version.endorsements.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  };
  const readOnly = !editable;
  const idPrefix = useId();
  const addId = `${idPrefix}-add`;
  const organisationId = (id: string) => `${idPrefix}-${id}-organisation`;
  // After "Add endorsement", focus goes to the new endorsement's first field.
  const focusOnAdded = useRef<string | null>(null);
  useEffect(() => {
    const id = focusOnAdded.current;
    if (id === null) return;
    const field = document.getElementById(organisationId(id));
    if (field === null) return;
    focusOnAdded.current = null;
    field.focus();
  });
  return (
    <Stack maw={820}>
      <Text>
        Every micro-credential is endorsed by an industry partner. At least one complete endorsement
        is needed to publish; it travels with the credential as an Open Badges endorsement.
      </Text>
      {version.endorsements.length === 0 && <Text c="dimmed">No endorsements yet.</Text>}
      {version.endorsements.map((endorsement, index) => {
        const gaps = endorsementGaps(endorsement);
        const n = index + 1;
        return (
          <Fieldset
            key={endorsement.id}
            legend={`Endorsement ${n}: ${endorsement.organisation || 'new partner'}`}
          >
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  id={organisationId(endorsement.id)}
                  label={`Endorsement ${n} organisation`}
                  required
                  readOnly={readOnly}
                  value={endorsement.organisation}
                  onChange={(e) => update(endorsement.id, { organisation: e.currentTarget.value })}
                />
                <TextInput
                  label={`Endorsement ${n} web address`}
                  placeholder="https://"
                  readOnly={readOnly}
                  value={endorsement.url}
                  onChange={(e) => update(endorsement.id, { url: e.currentTarget.value })}
                />
                <TextInput
                  label={`Endorsement ${n} contact name`}
                  readOnly={readOnly}
                  value={endorsement.contactName}
                  onChange={(e) => update(endorsement.id, { contactName: e.currentTarget.value })}
                />
                <TextInput
                  label={`Endorsement ${n} contact email`}
                  type="email"
                  readOnly={readOnly}
                  value={endorsement.contactEmail}
                  onChange={(e) => update(endorsement.id, { contactEmail: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Textarea
                label={`Endorsement ${n} statement`}
                required
                autosize
                minRows={2}
                readOnly={readOnly}
                value={endorsement.statement}
                onChange={(e) => update(endorsement.id, { statement: e.currentTarget.value })}
              />
              <TextInput
                label={`Endorsement ${n} date endorsed`}
                type="date"
                w={220}
                required
                readOnly={readOnly}
                value={endorsement.endorsedOn}
                onChange={(e) => update(endorsement.id, { endorsedOn: e.currentTarget.value })}
              />
              {gaps.length > 0 && (
                <Text size="sm" c="orange.9">
                  Still needed: {gaps.join(', ')}.
                </Text>
              )}
              {editable && (
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => {
                      setAll(version.endorsements.filter((e) => e.id !== endorsement.id));
                      document.getElementById(addId)?.focus();
                    }}
                  >
                    Remove endorsement {n}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {editable && (
        <Group>
          <Button
            id={addId}
            variant="default"
            onClick={() => {
              const id = newId();
              focusOnAdded.current = id;
              setAll([
                ...version.endorsements,
                {
                  id,
                  organisation: '',
                  url: '',
                  contactName: '',
                  contactEmail: '',
                  statement: '',
                  endorsedOn: '',
                },
              ]);
            }}
          >
            Add endorsement
          </Button>
        </Group>
      )}
    </Stack>
  );
}
