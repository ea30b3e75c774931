import { Alert, Button, Group, Stack, Text } from '@mantine/core';

export interface ReflectionFileOption {
  readonly sha256: string;
  /** The file as the marker may see it (its role and number under blind marking). */
  readonly label: string;
}

export interface ReflectionFileChoiceProps {
  readonly files: readonly ReflectionFileOption[];
  /** The file whose text is being tagged, if one was chosen. */
  readonly current: string | null;
  readonly reading: string | null;
  readonly error: string | null;
  readonly editable: boolean;
  readonly onChoose: (sha256: string) => void;
}

/**
 * A reflection submitted as a file (no typed text): which file's text to tag.
 * Choosing another file starts its tags afresh (undo brings the old ones back).
 */
export function ReflectionFileChoice({
  files,
  current,
  reading,
  error,
  editable,
  onChoose,
}: ReflectionFileChoiceProps) {
  const chosen = files.find((f) => f.sha256 === current);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {chosen === undefined
          ? 'The reflection came as a file. Tag its text to see the stages of the reflection:'
          : `Tagging the text of ${chosen.label}.`}
      </Text>
      {editable && (
        <Group gap="xs">
          {files
            .filter((f) => f.sha256 !== current)
            .map((f) => (
              <Button
                key={f.sha256}
                size="xs"
                variant="default"
                loading={reading === f.sha256}
                disabled={reading !== null}
                onClick={() => onChoose(f.sha256)}
              >
                Tag the text of {f.label}
              </Button>
            ))}
        </Group>
      )}
      {error !== null && (
        <Alert color="red" title="The file’s text could not be read" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
