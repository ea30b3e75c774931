import {
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
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
  readOnly,
  onSave,
  onRemove,
}: {
  framework: InstitutionFramework;
  n: number;
  readOnly: boolean;
  onSave: (f: InstitutionFramework) => void;
  onRemove: () => void;
}) {
  const set = (patch: Partial<InstitutionFramework>) => {
    onSave({ ...framework, ...patch });
  };
  const setItem = (index: number, patch: Partial<InstitutionFramework['items'][number]>) => {
    set({ items: framework.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  };
  return (
    <Fieldset legend={`Framework ${n}: ${framework.name}`}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={`Framework ${n} name`}
            readOnly={readOnly}
            value={framework.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <Select
            label={`Framework ${n} kind`}
            readOnly={readOnly}
            data={kinds}
            value={framework.kind}
            allowDeselect={false}
            onChange={(value) => {
              if (isKind(value)) set({ kind: value });
            }}
          />
          <TextInput
            label={`Framework ${n} web address`}
            placeholder="https://"
            readOnly={readOnly}
            value={framework.url}
            onChange={(e) => set({ url: e.currentTarget.value })}
          />
        </SimpleGrid>
        {framework.items.map((item, index) => (
          <Group key={`${framework.id}-${index.toString()}`} align="flex-end" wrap="nowrap">
            <TextInput
              label={`Framework ${n} item ${index + 1} code`}
              w={140}
              readOnly={readOnly}
              value={item.code}
              onChange={(e) => setItem(index, { code: e.currentTarget.value })}
            />
            <TextInput
              label={`Framework ${n} item ${index + 1} name`}
              style={{ flex: 1 }}
              readOnly={readOnly}
              value={item.name}
              onChange={(e) => setItem(index, { name: e.currentTarget.value })}
            />
            <TextInput
              label={`Framework ${n} item ${index + 1} description`}
              style={{ flex: 2 }}
              readOnly={readOnly}
              value={item.description}
              onChange={(e) => setItem(index, { description: e.currentTarget.value })}
            />
            {!readOnly && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => set({ items: framework.items.filter((_, i) => i !== index) })}
              >
                Remove item {index + 1}
              </Button>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                set({
                  items: [
                    ...framework.items,
                    { code: `${framework.items.length + 1}`, name: '', description: '' },
                  ],
                })
              }
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
        {frameworks.map((framework, index) => (
          <FrameworkEditor
            key={framework.id}
            framework={framework}
            n={index + 1}
            readOnly={readOnly}
            onSave={onSave}
            onRemove={() => onRemove(framework.id)}
          />
        ))}
        {!readOnly && (
          <Group>
            <Button variant="default" onClick={onCreate}>
              Add framework
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
