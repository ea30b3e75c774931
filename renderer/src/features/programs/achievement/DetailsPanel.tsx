import { NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { AchievementVersion } from '../../../../../shared/domain';
import { BadgeImageField } from './BadgeImageField';

export interface DetailsPanelProps {
  readonly version: AchievementVersion;
  readonly editable: boolean;
  readonly onChange: (next: AchievementVersion) => void;
  readonly preview: string | null;
  readonly onChooseImage: () => void;
  readonly onUseTemplateImage: () => void;
}

function numberOrNull(value: string | number): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function DetailsPanel({
  version,
  editable,
  onChange,
  preview,
  onChooseImage,
  onUseTemplateImage,
}: DetailsPanelProps) {
  const set = (patch: Partial<AchievementVersion>) => {
    onChange({ ...version, ...patch });
  };
  const readOnly = !editable;
  return (
    <Stack maw={820}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name"
          required
          readOnly={readOnly}
          value={version.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <TextInput
          label="Code"
          description="The human code on the badge, e.g. MC-SAS-101"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          readOnly={readOnly}
          value={version.humanCode}
          onChange={(e) => set({ humanCode: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        autosize
        minRows={2}
        readOnly={readOnly}
        value={version.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
      />
      <Textarea
        label="Criteria"
        description="What a learner must do to earn it: the demonstration in an industry or community setting, and the reflection."
        required
        autosize
        minRows={3}
        readOnly={readOnly}
        value={version.criteriaNarrative}
        onChange={(e) => set({ criteriaNarrative: e.currentTarget.value })}
      />
      <TagsInput
        label="Tags"
        description="Press Enter after each tag"
        readOnly={readOnly}
        value={[...version.tags]}
        onChange={(tags) => set({ tags })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Credits"
          min={0}
          decimalScale={2}
          readOnly={readOnly}
          value={version.creditsAvailable ?? ''}
          onChange={(value) => set({ creditsAvailable: numberOrNull(value) })}
        />
        <NumberInput
          label="Hours"
          min={0}
          readOnly={readOnly}
          value={version.hours ?? ''}
          onChange={(value) => set({ hours: numberOrNull(value) })}
        />
        <NumberInput
          label="Valid for (months)"
          description="Empty: does not expire"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={1}
          allowDecimal={false}
          readOnly={readOnly}
          value={version.validityMonths ?? ''}
          onChange={(value) => set({ validityMonths: numberOrNull(value) })}
        />
      </SimpleGrid>
      <BadgeImageField
        image={version.image}
        preview={preview}
        name={version.name}
        editable={editable}
        onChooseFile={onChooseImage}
        onUseTemplate={onUseTemplateImage}
      />
    </Stack>
  );
}
