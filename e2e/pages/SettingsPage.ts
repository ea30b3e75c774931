/** The Settings screen: identity, institution frameworks, About, Storage and Appearance cards. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppFrame } from './AppFrame';

export class SettingsPage {
  readonly frame: AppFrame;
  readonly about: Locator;
  readonly storage: Locator;
  readonly identity: Locator;
  readonly measureButton: Locator;
  readonly cancelButton: Locator;
  readonly storageResult: Locator;
  readonly nameInput: Locator;
  readonly emailInput: Locator;
  readonly saveIdentityButton: Locator;
  readonly frameworks: Locator;
  readonly addFrameworkButton: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.about = page.getByRole('region', { name: 'About' });
    this.storage = page.getByRole('region', { name: 'Storage' });
    this.identity = page.getByRole('region', { name: 'Your identity' });
    this.measureButton = this.storage.getByRole('button', { name: 'Measure storage' });
    this.cancelButton = this.storage.getByRole('button', { name: 'Cancel' });
    this.storageResult = this.storage.getByTestId('storage-result');
    this.nameInput = this.identity.getByRole('textbox', { name: 'Name' });
    this.emailInput = this.identity.getByRole('textbox', { name: 'Email' });
    this.saveIdentityButton = this.identity.getByRole('button', { name: 'Save identity' });
    this.frameworks = page.getByRole('region', { name: 'Institution frameworks' });
    this.addFrameworkButton = this.frameworks.getByRole('button', { name: 'Add framework' });
  }

  /** A field of framework `n`: "name", "kind", "web address", "item 1 code", "item 1 name"… */
  frameworkField(n: number, field: string): Locator {
    return this.frameworks.getByRole('textbox', { name: `Framework ${n} ${field}`, exact: true });
  }

  frameworkButton(name: string): Locator {
    return this.frameworks.getByRole('button', { name, exact: true });
  }

  async open(): Promise<this> {
    await this.frame.goTo('Settings');
    return this;
  }

  /** The value cell of an About row, e.g. "Version" or "Workspace folder". */
  aboutValue(label: string): Locator {
    return this.about.getByRole('row', { name: label }).getByRole('cell');
  }

  /** Runs the storage measurement and returns the result line, e.g. "3 files, 1.2 kB". */
  async measureStorage(): Promise<string> {
    await this.measureButton.click();
    await expect(this.storageResult).toBeVisible();
    return (await this.storageResult.innerText()).trim();
  }

  async saveIdentity(name: string, email: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.emailInput.fill(email);
    await this.saveIdentityButton.click();
  }

  /** Saves a valid identity and waits until it is stored. */
  async identify(name: string, email: string): Promise<void> {
    await this.saveIdentity(name, email);
    await expect(this.page.getByText('Your identity was saved.')).toBeVisible();
  }
}
