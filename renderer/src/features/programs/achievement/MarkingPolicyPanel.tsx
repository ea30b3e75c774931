import { Stack, Switch, Text } from '@mantine/core';

export interface MarkingPolicyPanelProps {
  readonly blindMarking: boolean;
  readonly editable: boolean;
  readonly onBlindMarkingChange: (blind: boolean) => void;
}

/** How this micro-credential is marked: settings of the achievement, not of one version. */
export function MarkingPolicyPanel({
  blindMarking,
  editable,
  onBlindMarkingChange,
}: MarkingPolicyPanelProps) {
  return (
    <Stack gap="sm" maw={640}>
      <Text size="sm">
        These settings belong to the micro-credential, not to one version: changing them does not
        need a new version, and they apply to every submission still to be marked.
      </Text>
      <Switch
        label="Blind marking"
        description="Assessors see a candidate label instead of the learner's name and student number, in the queue and while marking, and evidence files by their role and type instead of their names."
        checked={blindMarking}
        disabled={!editable}
        onChange={(event) => onBlindMarkingChange(event.currentTarget.checked)}
      />
    </Stack>
  );
}
