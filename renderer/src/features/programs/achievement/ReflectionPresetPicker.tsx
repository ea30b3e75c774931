import { Button, Group, Select, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { ReflectionModel } from '../../../../../shared/domain';
import { reflectionPresets } from '../../../../../shared/domain/definitions';

export interface ReflectionPresetPickerProps {
  readonly current: ReflectionModel | null;
  readonly onApply: (model: ReflectionModel) => void;
}

function isModel(value: string): value is ReflectionModel {
  return reflectionPresets.some((preset) => preset.model === value);
}

/** Replaces the reflection rubric with a preset; the lead edits it afterwards. */
export function ReflectionPresetPicker({ current, onApply }: ReflectionPresetPickerProps) {
  const [choice, setChoice] = useState<string | null>(current);
  const [announcement, setAnnouncement] = useState('');
  const preset = reflectionPresets.find((p) => p.model === choice);
  const summary = preset?.summary;
  return (
    <div>
      <Group align="flex-end">
        <Select
          label="Reflection model"
          data={reflectionPresets.map((p) => ({ value: p.model, label: p.label }))}
          value={choice}
          onChange={setChoice}
          allowDeselect={false}
          w={360}
        />
        <Button
          variant="default"
          disabled={choice === null}
          onClick={() => {
            if (choice === null || !isModel(choice)) return;
            onApply(choice);
            setAnnouncement(`The reflection rubric is now ${preset?.label ?? choice}.`);
          }}
        >
          Apply preset
        </Button>
      </Group>
      {summary !== undefined && (
        <Text size="sm" c="dimmed" mt={4}>
          {summary} Applying replaces the reflection rubric below.
        </Text>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </div>
  );
}
