import { Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import type { BadgeImage } from '../../../../../shared/domain';

export interface BadgeImageFieldProps {
  readonly image: BadgeImage | null;
  readonly preview: string | null;
  readonly name: string;
  readonly editable: boolean;
  readonly onChooseFile: () => void;
  readonly onUseTemplate: () => void;
}

export function BadgeImageField({
  image,
  preview,
  name,
  editable,
  onChooseFile,
  onUseTemplate,
}: BadgeImageFieldProps) {
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="badge-image-label">
        Badge image
      </Text>
      <Group align="flex-start">
        <Paper withBorder w={128} h={128} p={4} aria-labelledby="badge-image-label">
          {preview === null ? (
            <Text size="sm" c="dimmed" ta="center" pt={44}>
              No image
            </Text>
          ) : (
            <Image src={preview} alt={`Badge for ${name}`} w={118} h={118} fit="contain" />
          )}
        </Paper>
        <Stack gap="xs">
          {image !== null && (
            <Text size="sm" c="dimmed">
              {image.mediaType === 'image/png' ? 'PNG' : 'SVG'}, {image.width}×{image.height}
            </Text>
          )}
          {editable && (
            <Group>
              <Button variant="default" size="sm" onClick={onChooseFile}>
                Choose image…
              </Button>
              <Button variant="subtle" size="sm" onClick={onUseTemplate}>
                Use the standard badge
              </Button>
            </Group>
          )}
          <Text size="xs" c="dimmed">
            PNG or SVG, 64 to 4096 pixels a side, at most 2 MiB. SVGs with scripts or outside links
            are refused.
          </Text>
        </Stack>
      </Group>
    </Stack>
  );
}
