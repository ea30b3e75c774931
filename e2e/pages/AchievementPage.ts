/** One micro-credential version: its tabs, the badge image, publishing and the frozen state. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppFrame } from './AppFrame';
import { RubricEditorPanel } from './RubricEditorPanel';

export const achievementTabs = [
  'Details',
  'Demonstration rubric',
  'Reflection rubric',
  'Endorsements',
  'Alignments',
  'Publish check',
  'Versions',
] as const;
export type AchievementTab = (typeof achievementTabs)[number];

export class AchievementPage {
  readonly frame: AppFrame;
  readonly main: Locator;
  readonly tabList: Locator;
  readonly panel: Locator;
  // Details
  readonly name: Locator;
  readonly code: Locator;
  readonly description: Locator;
  readonly criteria: Locator;
  readonly tags: Locator;
  readonly credits: Locator;
  readonly hours: Locator;
  readonly chooseImageButton: Locator;
  readonly standardBadgeButton: Locator;
  readonly badgeImage: Locator;
  // Rubrics
  readonly demonstration: RubricEditorPanel;
  readonly reflection: RubricEditorPanel;
  readonly reflectionModel: Locator;
  readonly applyPresetButton: Locator;
  // Endorsements and alignments
  readonly addEndorsementButton: Locator;
  readonly frameworkItem: Locator;
  readonly addInstitutionAlignmentButton: Locator;
  readonly addExternalAlignmentButton: Locator;
  // Publish check and versions
  readonly publishSummary: Locator;
  readonly publishRules: Locator;
  readonly frozenNotice: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.main = page.getByRole('main');
    this.tabList = this.main.getByRole('tablist', { name: 'Micro-credential sections' });
    this.panel = this.main.getByRole('tabpanel');
    this.name = this.panel.getByRole('textbox', { name: 'Name', exact: true });
    this.code = this.panel.getByRole('textbox', { name: 'Code', exact: true });
    this.description = this.panel.getByRole('textbox', { name: 'Description', exact: true });
    this.criteria = this.panel.getByRole('textbox', { name: 'Criteria', exact: true });
    this.tags = this.panel.getByRole('combobox', { name: 'Tags' });
    this.credits = this.panel.getByRole('textbox', { name: 'Credits' });
    this.hours = this.panel.getByRole('textbox', { name: 'Hours' });
    this.chooseImageButton = this.panel.getByRole('button', { name: 'Choose image…' });
    this.standardBadgeButton = this.panel.getByRole('button', { name: 'Use the standard badge' });
    this.badgeImage = this.panel.getByRole('img', { name: /^Badge for / });
    this.demonstration = new RubricEditorPanel(page, 'Demonstration rubric');
    this.reflection = new RubricEditorPanel(page, 'Reflection rubric');
    this.reflectionModel = this.panel.getByRole('combobox', { name: 'Reflection model' });
    this.applyPresetButton = this.panel.getByRole('button', { name: 'Apply preset' });
    this.addEndorsementButton = this.panel.getByRole('button', { name: 'Add endorsement' });
    this.frameworkItem = this.panel.getByRole('combobox', { name: 'Institution framework item' });
    this.addInstitutionAlignmentButton = this.panel.getByRole('button', {
      name: 'Add institution alignment',
    });
    this.addExternalAlignmentButton = this.panel.getByRole('button', {
      name: 'Add external alignment',
    });
    this.publishSummary = this.panel.getByTestId('publish-summary');
    this.publishRules = this.panel.getByRole('list', { name: 'Publish check' });
    this.frozenNotice = this.main
      .getByRole('alert')
      .filter({ hasText: /^Version \d+ is published and frozen/ });
  }

  /** The line under the heading: "MC-SAS-101 · version 1 (draft)". */
  frameSubtitle(): Locator {
    return this.main.getByText(/ · version \d+ \((draft|published)\)$/);
  }

  /** A tab by its name ("Endorsements (1)" matches "Endorsements"). */
  tab(name: AchievementTab): Locator {
    return this.tabList.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
  }

  /** Opens a tab the way a keyboard user does: focus it, press Enter. */
  async openTab(name: AchievementTab): Promise<void> {
    const tab = this.tab(name);
    // The screen's heading takes focus as it opens; if it took it from the tab, again.
    await expect(async () => {
      await tab.focus();
      await this.page.keyboard.press('Enter');
      await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 1_000 });
    }).toPass();
  }

  publishButton(version = 1): Locator {
    return this.panel.getByRole('button', { name: `Publish version ${version}` });
  }

  newDraftButton(version: number): Locator {
    return this.main.getByRole('button', { name: `Create draft v${version}` });
  }

  /** One rule of the publish check, e.g. "Endorsed by an industry partner". */
  publishRule(label: string): Locator {
    return this.publishRules.getByRole('listitem').filter({ hasText: label }).first();
  }

  endorsement(n: number): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^Endorsement ${n}: `) });
  }

  endorsementField(n: number, field: string): Locator {
    return this.panel.getByRole('textbox', { name: `Endorsement ${n} ${field}` });
  }

  /** The date input (`type=date` has no ARIA role: found by its label). */
  endorsementDate(n: number): Locator {
    return this.panel.getByLabel(`Endorsement ${n} date endorsed`);
  }

  alignment(n: number): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^Alignment ${n} `) });
  }

  /** Every control in the open tab a user could still change. */
  editableControls(): Locator {
    return this.panel.locator(
      'input:not([readonly]):not([disabled]):not([type=hidden]), textarea:not([readonly]):not([disabled])',
    );
  }
}
