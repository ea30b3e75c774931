/** The rubric editor (demonstration or reflection): criteria × levels, pass rule, "Try the rule". */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class RubricEditorPanel {
  readonly region: Locator;
  readonly addCriterionButton: Locator;
  /** One group per criterion, named "Criterion N: <title>". */
  readonly criteria: Locator;
  readonly passRule: Locator;
  readonly passLevel: Locator;
  readonly passTotal: Locator;
  readonly tryTheRule: Locator;
  readonly problems: Locator;

  constructor(
    readonly page: Page,
    readonly label: string,
  ) {
    this.region = page.getByRole('region', { name: label, exact: true });
    this.addCriterionButton = this.region.getByRole('button', { name: 'Add criterion' });
    this.criteria = this.region.getByRole('group', { name: /^Criterion \d+: / });
    this.passRule = this.region.getByRole('group', { name: 'Pass rule' });
    this.passLevel = this.passRule.getByRole('combobox', {
      name: 'Every required criterion at or above',
    });
    this.passTotal = this.passRule.getByRole('textbox', { name: 'and a total of at least' });
    this.tryTheRule = this.region.getByRole('group', { name: 'Try the rule' });
    this.problems = this.passRule.getByRole('group', { name: /problems? to fix in this rubric/ });
  }

  criterion(n: number): Locator {
    return this.region.getByRole('group', { name: new RegExp(`^Criterion ${n}: `) });
  }

  criterionTitle(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Criterion ${n} title`, exact: true });
  }

  criterionDescription(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Criterion ${n} description`, exact: true });
  }

  criterionWeight(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Criterion ${n} weight`, exact: true });
  }

  criterionRequired(n: number): Locator {
    return this.region.getByRole('checkbox', { name: `Criterion ${n} is required`, exact: true });
  }

  levelTitle(criterion: number, level: number): Locator {
    return this.criterion(criterion).getByRole('textbox', {
      name: `Level ${level} title`,
      exact: true,
    });
  }

  levelPoints(criterion: number, level: number): Locator {
    return this.criterion(criterion).getByRole('textbox', {
      name: `Level ${level} points`,
      exact: true,
    });
  }

  levelDescriptor(criterion: number, level: number): Locator {
    return this.criterion(criterion).getByRole('textbox', {
      name: `Level ${level} descriptor`,
      exact: true,
    });
  }

  removeCriterionButton(name: string): Locator {
    return this.region.getByRole('button', { name: `Remove criterion: ${name}`, exact: true });
  }

  /** Every "Remove criterion: …" button, in order. */
  removeCriterionButtons(): Locator {
    return this.region.getByRole('button', { name: /^Remove criterion: / });
  }

  moveUpButton(name: string): Locator {
    return this.region.getByRole('button', { name: `Move criterion up: ${name}`, exact: true });
  }

  /** A "Try the rule" level picker, named by the criterion. */
  tryLevel(criterionName: string): Locator {
    return this.tryTheRule.getByRole('combobox', { name: criterionName, exact: true });
  }

  /**
   * Drags criterion `from` by its grip onto criterion `to` with native drag
   * events (Playwright's mouse drag does not start an HTML drag from the grip).
   */
  async dragCriterion(from: number, to: number): Promise<void> {
    const grip = this.criterion(from).locator('[draggable="true"]');
    const target = this.criterion(to);
    const dataTransfer = await this.page.evaluateHandle(() => new DataTransfer());
    await grip.dispatchEvent('dragstart', { dataTransfer });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(target).toHaveCSS('outline-style', 'dashed');
    await target.dispatchEvent('drop', { dataTransfer });
    await grip.dispatchEvent('dragend', { dataTransfer });
  }

  /** Every editable control inside the editor (inputs, textareas, enabled buttons). */
  editableControls(): Locator {
    return this.region.locator(
      'input:not([readonly]):not([disabled]):not([type=hidden]), textarea:not([readonly]):not([disabled])',
    );
  }
}
