import { Alert, Anchor, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { reflectionPreset } from '../../../../../shared/domain/definitions';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { FocusHeading } from '../../../components/FocusHeading';
import { AchievementStatusBadge } from '../AchievementStatusBadge';
import { achievementStatus, browserClock } from '../model';
import { RubricEditor } from '../rubric/RubricEditor';
import { AlignmentsPanel } from './AlignmentsPanel';
import { DetailsPanel } from './DetailsPanel';
import { EndorsementsPanel } from './EndorsementsPanel';
import { MarkingPolicyPanel } from './MarkingPolicyPanel';
import { PublishPanel } from './PublishPanel';
import { ReflectionPresetPicker } from './ReflectionPresetPicker';
import { useAchievementEditor } from './useAchievementEditor';
import { useBadgeImage } from './useBadgeImage';
import { VersionsPanel } from './VersionsPanel';

const newId = browserClock.newId;

export function AchievementScreen() {
  const { programId = '', achievementId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = Number.parseInt(params.get('version') ?? '', 10);
  const editor = useAchievementEditor(achievementId, Number.isFinite(requested) ? requested : null);
  const { draft, change } = editor;
  const badge = useBadgeImage(draft?.image ?? null, (image) => {
    if (draft !== null) change({ ...draft, image });
  });
  const openVersion = (version: number) => {
    setParams({ version: String(version) });
  };
  // The frozen notice and its button go once another version opens: focus moves to the open tab.
  const tabList = useRef<HTMLDivElement>(null);
  const focusTabOnVersion = useRef<number | null>(null);
  const shownVersion = draft?.version ?? null;
  useEffect(() => {
    if (shownVersion === null || focusTabOnVersion.current !== shownVersion) return;
    focusTabOnVersion.current = null;
    tabList.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [shownVersion]);
  const openVersionFromNotice = (version: number) => {
    focusTabOnVersion.current = version;
    openVersion(version);
  };

  if (editor.missing) {
    return (
      <Stack>
        <FocusHeading documentTitle="Micro-credential not found">
          Micro-credential not found
        </FocusHeading>
        <Anchor component={Link} to={`/programs/${programId}`}>
          Back to the program
        </Anchor>
      </Stack>
    );
  }
  if (editor.loading || draft === null || editor.program === null) {
    return <Loader aria-label="Loading the micro-credential" />;
  }
  const status = achievementStatus(editor.versions);
  const latest = editor.versions.at(-1);
  const frozen = draft.state === 'published';
  return (
    <Stack gap="md">
      <Breadcrumbs
        items={[
          { label: 'Programs', to: '/programs' },
          { label: editor.program.name, to: `/programs/${editor.program.id}` },
          { label: draft.name || 'Untitled' },
        ]}
      />
      <Group justify="space-between" align="flex-start">
        <div>
          <FocusHeading documentTitle={draft.name || 'Micro-credential'} focusKey={achievementId}>
            {draft.name || 'Untitled micro-credential'}
          </FocusHeading>
          <Group gap="xs">
            <Text c="dimmed">
              {draft.humanCode} · version {draft.version} ({frozen ? 'published' : 'draft'})
            </Text>
            {status !== null && <AchievementStatusBadge status={status} />}
          </Group>
        </div>
      </Group>
      {frozen && (
        <Alert color="blue" title={`Version ${draft.version} is published and frozen`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Nothing in a published version can change. To revise the micro-credential, work in a
              new draft version.
            </Text>
            {latest !== undefined &&
            latest.state === 'draft' &&
            latest.version !== draft.version ? (
              <Button size="xs" onClick={() => openVersionFromNotice(latest.version)}>
                Open draft v{latest.version}
              </Button>
            ) : (
              !editor.readOnly &&
              latest?.version === draft.version && (
                <Button
                  size="xs"
                  onClick={() => {
                    void editor.startNewDraft().then((version) => {
                      if (version !== null) openVersionFromNotice(version);
                    });
                  }}
                >
                  Create draft v{draft.version + 1}
                </Button>
              )
            )}
          </Stack>
        </Alert>
      )}
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List ref={tabList} aria-label="Micro-credential sections">
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="demonstration">Demonstration rubric</Tabs.Tab>
          <Tabs.Tab value="reflection">Reflection rubric</Tabs.Tab>
          <Tabs.Tab value="endorsements">Endorsements ({draft.endorsements.length})</Tabs.Tab>
          <Tabs.Tab value="alignments">Alignments ({draft.alignments.length})</Tabs.Tab>
          <Tabs.Tab value="marking">Marking</Tabs.Tab>
          <Tabs.Tab value="publish">Publish check</Tabs.Tab>
          <Tabs.Tab value="versions">Versions ({editor.versions.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <DetailsPanel
            version={draft}
            editable={editor.editable}
            onChange={change}
            preview={badge.preview}
            onChooseImage={() => void badge.chooseFile()}
            onUseTemplateImage={() => void badge.applyTemplate(draft.humanCode, draft.name)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="demonstration" pt="md">
          <RubricEditor
            rubric={draft.demonstrationRubric}
            onChange={(demonstrationRubric) => change({ ...draft, demonstrationRubric })}
            readOnly={!editor.editable}
            label="Demonstration rubric"
            newId={newId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="reflection" pt="md">
          <Stack>
            {editor.editable && (
              <ReflectionPresetPicker
                current={draft.reflectionRubric.model}
                onApply={(model) =>
                  change({ ...draft, reflectionRubric: reflectionPreset(model, newId) })
                }
              />
            )}
            <RubricEditor
              rubric={draft.reflectionRubric}
              onChange={(reflectionRubric) => change({ ...draft, reflectionRubric })}
              readOnly={!editor.editable}
              label="Reflection rubric"
              newId={newId}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="endorsements" pt="md">
          <EndorsementsPanel
            version={draft}
            editable={editor.editable}
            onChange={change}
            newId={newId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="alignments" pt="md">
          <AlignmentsPanel
            version={draft}
            frameworks={editor.frameworks}
            editable={editor.editable}
            onChange={change}
            newId={newId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="marking" pt="md">
          <MarkingPolicyPanel
            blindMarking={editor.achievement?.blindMarking ?? false}
            editable={!editor.readOnly && editor.achievement !== null}
            onBlindMarkingChange={(blind) => void editor.setBlindMarking(blind)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="publish" pt="md">
          <PublishPanel
            version={draft}
            checks={editor.checks}
            canPublish={editor.canPublish}
            onPublish={() => void editor.publishDraft()}
          />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsPanel versions={editor.versions} current={draft.version} onOpen={openVersion} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
