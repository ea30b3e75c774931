import {
  Button,
  Fieldset,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { InstitutionFramework } from '../../../../shared/domain';

const kinds: { value: InstitutionFramework['kind']; label: string }[] = [
  { value: 'values', label: 'Values' },
  { value: 'strategic-plan', label: 'Strategic plan' },
  { value: 'digital-learning-strategy', label: 'Digital learning strategy' },
  { value: 'other', label: 'Other' },
];

function isKind(value: string | null): value is InstitutionFramework['kind'] {
  return kinds.some((kind) => kind.value === value);
}

type Item = InstitutionFramework['items'][number];

/** The next item code: one more than the count, skipping codes already used (they must stay unique). */
function nextItemCode(items: readonly Item[]): string {
  const used = new Set(items.map((item) => item.code.trim()));
  let n = items.length + 1;
  while (used.has(String(n))) n += 1;
  return String(n);
}

/** Frameworks in the order first shown: renaming one does not move it while it is being typed. */
function stableOrder(previous: readonly string[], ids: readonly string[]): readonly string[] {
  const kept = previous.filter((id) => ids.includes(id));
  const next = [...kept, ...ids.filter((id) => !kept.includes(id))];
  return next.length === previous.length && next.every((id, i) => id === previous[i])
    ? previous
    : next;
}

export interface InstitutionFrameworksCardProps {
  readonly frameworks: readonly InstitutionFramework[];
  readonly readOnly: boolean;
  readonly onSave: (framework: InstitutionFramework) => void;
  readonly onRemove: (id: string) => void;
  readonly onCreate: () => void;
}

function FrameworkEditor({
  framework,
  n,
  idPrefix,
  readOnly,
  onSave,
  onRemove,
}: {
  framework: InstitutionFramework;
  n: number;
  /** DOM ids of this framework's fields start with it (`<idPrefix>-name`). */
  idPrefix: string;
  readOnly: boolean;
  onSave: (f: InstitutionFramework) => void;
  onRemove: () => void;
}) {
  // What is on screen is this editor's copy: every edit is saved at once, but
  // the stored record comes back asynchronously and, fed straight into the
  // inputs, would drop keys typed meanwhile and move the caret to the end.
  // Nothing else edits a framework while Settings is open.
  const [draft, setDraft] = useState(framework);
  const set = (patch: Partial<InstitutionFramework>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onSave(next);
  };
  const setItem = (index: number, patch: Partial<Item>) => {
    set({ items: draft.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  };
  const addItemId = `${idPrefix}-add-item`;
  // After "Add item", focus goes to the new item's name.
  const focusItem = useRef<number | null>(null);
  useEffect(() => {
    const index = focusItem.current;
    if (index === null || index >= draft.items.length) return;
    focusItem.current = null;
    document.getElementById(`${idPrefix}-item-${index.toString()}-name`)?.focus();
  }, [draft.items.length, idPrefix]);
  const title = draft.name.trim() === '' ? '(unnamed)' : draft.name;
  return (
    <Fieldset legend={`Framework ${n}: ${title}`}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            id={`${idPrefix}-name`}
            label={`Framework ${n} name`}
            readOnly={readOnly}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <Select
            label={`Framework ${n} kind`}
            readOnly={readOnly}
            data={kinds}
            value={draft.kind}
            allowDeselect={false}
            onChange={(value) => {
              if (isKind(value)) set({ kind: value });
            }}
          />
          <TextInput
            label={`Framework ${n} web address`}
            placeholder="https://"
            readOnly={readOnly}
            value={draft.url}
            onChange={(e) => set({ url: e.currentTarget.value })}
          />
        </SimpleGrid>
        {draft.items.map((item, index) => (
          <Paper key={`${draft.id}-${index.toString()}`} withBorder p="sm">
            <Grid align="flex-end">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={`Framework ${n} item ${index + 1} code`}
                  readOnly={readOnly}
                  value={item.code}
                  onChange={(e) => setItem(index, { code: e.currentTarget.value })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  id={`${idPrefix}-item-${index.toString()}-name`}
                  label={`Framework ${n} item ${index + 1} name`}
                  readOnly={readOnly}
                  value={item.name}
                  onChange={(e) => setItem(index, { name: e.currentTarget.value })}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={`Framework ${n} item ${index + 1} description`}
                  autosize
                  minRows={1}
                  readOnly={readOnly}
                  value={item.description}
                  onChange={(e) => setItem(index, { description: e.currentTarget.value })}
                />
              </Grid.Col>
            </Grid>
            {!readOnly && (
              <Group justify="flex-end" mt="xs">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => {
                    set({ items: draft.items.filter((_, i) => i !== index) });
                    document.getElementById(addItemId)?.focus();
                  }}
                >
                  Remove item {index + 1}
                </Button>
              </Group>
            )}
          </Paper>
        ))}
        {!readOnly && (
          <Group>
            <Button
              id={addItemId}
              variant="default"
              size="xs"
              onClick={() => {
                focusItem.current = draft.items.length;
                set({
                  items: [
                    ...draft.items,
                    { code: nextItemCode(draft.items), name: '', description: '' },
                  ],
                });
              }}
            >
              Add item to framework {n}
            </Button>
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              Remove framework {n}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The institution's own frameworks, edited once here and picked from a list when aligning credentials. */
export function InstitutionFrameworksCard({
  frameworks,
  readOnly,
  onSave,
  onRemove,
  onCreate,
}: InstitutionFrameworksCardProps) {
  const idPrefix = useId();
  const addFrameworkId = `${idPrefix}-add`;
  const ids = frameworks.map((f) => f.id);
  const [order, setOrder] = useState<readonly string[]>(ids);
  const nextOrder = stableOrder(order, ids);
  if (nextOrder !== order) setOrder(nextOrder);
  const shown = nextOrder.flatMap((id) => frameworks.filter((f) => f.id === id));
  // After "Add framework", focus goes to the new framework's name.
  const focusNewAfter = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const known = focusNewAfter.current;
    const added = known === null ? undefined : order.find((id) => !known.includes(id));
    if (added === undefined) return;
    focusNewAfter.current = null;
    document.getElementById(`${idPrefix}-${added}-name`)?.focus();
  }, [order, idPrefix]);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="frameworks-title">
      <Title order={2} size="h4" id="frameworks-title" mb="xs">
        Institution frameworks
      </Title>
      <Text mb="md">
        Your institution’s values, strategic plan and digital learning strategy. Every
        micro-credential aligns with at least one of their items.
      </Text>
      <Stack>
        {frameworks.length === 0 && <Text c="dimmed">None yet.</Text>}
        {shown.map((framework, index) => (
          <FrameworkEditor
            key={framework.id}
            framework={framework}
            n={index + 1}
            idPrefix={`${idPrefix}-${framework.id}`}
            readOnly={readOnly}
            onSave={onSave}
            onRemove={() => {
              onRemove(framework.id);
              document.getElementById(addFrameworkId)?.focus();
            }}
          />
        ))}
        {!readOnly && (
          <Group>
            <Button
              id={addFrameworkId}
              variant="default"
              onClick={() => {
                focusNewAfter.current = order;
                onCreate();
              }}
            >
              Add framework
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
