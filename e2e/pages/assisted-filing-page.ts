import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The back office's page for filing a declaration at the counter, in Vietnamese. It installs a
 * stand-in for the browser's print dialog, which headless Chromium cannot show: the page's print
 * request is counted instead, and the PDF itself is checked through its own response.
 */
export class AssistedFilingPage {
  constructor(private readonly page: Page) {}

  /** Counts `print()` calls on the window of any frame; the dialog itself is not opened. */
  async countPrintRequests(): Promise<void> {
    await this.page.addInitScript(() => {
      const frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
      const page = window as unknown as { printRequests: number };
      page.printRequests = 0;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        get(this: HTMLIFrameElement) {
          const target = frameWindow.get!.call(this) as Window | null;
          if (!target) {
            return target;
          }
          return new Proxy(target, {
            get(window, property) {
              if (property === 'print') {
                return () => (page.printRequests += 1);
              }
              const value: unknown = Reflect.get(window, property, window);
              return typeof value === 'function'
                ? (value as (...args: unknown[]) => unknown).bind(window)
                : value;
            },
          });
        },
      });
    });
  }

  async printRequests(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printRequests: number }).printRequests);
  }

  /** Opens the page and picks the gate and lane, as an officer does once per shift. */
  async openAtLane(laneName: string): Promise<void> {
    await this.page.goto('/backoffice/gate/assisted');
    await expect(this.page.getByRole('heading', { name: 'Chọn cửa khẩu và làn' })).toBeVisible();

    await this.page.getByRole('combobox', { name: 'Cửa khẩu' }).click();
    await this.page.getByRole('option', { name: /Lệ Thanh/ }).click();
    await this.page.getByRole('combobox', { name: 'Làn' }).click();
    await this.page.getByRole('option', { name: laneName }).click();
    await this.page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();

    await expect(this.page.getByRole('heading', { name: 'Khai hộ tại quầy' })).toBeVisible();
  }

  /** The lead traveller's MRZ field, which has the focus when the page opens. */
  get mrzField(): Locator {
    return this.page.getByRole('textbox', { name: 'Vùng đọc máy (MRZ)' }).first();
  }

  /** Types an MRZ the way a desk reader does: each line followed by Enter. */
  async readMrz(mrz: string): Promise<void> {
    await expect(this.mrzField).toBeFocused();
    for (const line of mrz.split('\n')) {
      await this.page.keyboard.type(line);
      await this.page.keyboard.press('Enter');
    }
    await expect(this.page.getByText('Đã điền các trường từ MRZ.')).toBeVisible();
  }

  async choosePurpose(purpose: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Mục đích' }).click();
    await this.page.getByRole('option', { name: purpose }).click();
  }

  async submitAndApprove(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nộp và phê duyệt' }).click();
  }

  /** The frame that shows the result PDF once it is issued. */
  get resultFrame(): Locator {
    return this.page.locator('iframe.pdf');
  }
}
