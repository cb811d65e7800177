import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The back office's lane screen, in Vietnamese. It counts the officer's key presses, so a test
 * can hold the screen to its promise of a crossing recorded in at most two keys.
 */
export class LaneScreenPage {
  /** Keys the officer pressed since the scan, the scanner's own typing not included. */
  keyPresses = 0;

  constructor(private readonly page: Page) {}

  /** The scan field, which keeps the keyboard focus. */
  get scanField(): Locator {
    return this.page.getByLabel(/Quét mã QR/);
  }

  /** Opens the lane screen and picks the gate and lane, as an officer does once per shift. */
  async openAtLane(laneName: string): Promise<void> {
    await this.page.goto('/backoffice/gate');
    await expect(this.page.getByRole('heading', { name: 'Chọn cửa khẩu và làn' })).toBeVisible();

    await this.page.getByRole('combobox', { name: 'Cửa khẩu' }).click();
    await this.page.getByRole('option', { name: /Lệ Thanh/ }).click();
    await this.page.getByRole('combobox', { name: 'Làn' }).click();
    await this.page.getByRole('option', { name: laneName }).click();
    await this.page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();

    await expect(this.page.getByRole('heading', { name: new RegExp(laneName) })).toBeVisible();
    await expect(this.scanField).toBeFocused();
  }

  /** Types text into the focused scan field the way a keyboard-wedge scanner does, without a final Enter. */
  async typeAsScanner(text: string): Promise<void> {
    await expect(this.scanField).toBeFocused();
    await this.page.keyboard.type(text);
    this.keyPresses = 0;
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keyPresses += 1;
  }

  /** Finds the verdict banner with the text; the banner is announced as a live status. */
  verdict(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The list of the gate's plate reads. */
  get plateReads(): Locator {
    return this.page.getByRole('list', { name: 'Biển số vừa đọc' });
  }
}
