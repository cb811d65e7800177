import { readFile } from 'node:fs/promises';

import { expect, type Page } from '@playwright/test';

import type { TranslatedPortal } from './translated-portal';

/** A reference code such as `LT-7K3Q-9C2M`: the gate code, then two groups of Crockford base32 characters. */
const REFERENCE_CODE = /^LT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The page of one of the traveller's submitted declarations, in one interface language. */
export class TranslatedDeclarationDetail {
  constructor(
    private readonly page: Page,
    private readonly portal: TranslatedPortal,
  ) {}

  /** Reads the reference code that the page shows for copying by hand. */
  async referenceCode(): Promise<string> {
    const code = this.page.getByText(REFERENCE_CODE);
    await expect(code).toBeVisible();
    return (await code.textContent())!.trim();
  }

  /**
   * Reloads the page after the officer's approval and waits until the worker has issued the
   * result, which the page shows without another reload, then downloads the PDF.
   */
  async downloadResult(): Promise<Buffer> {
    await this.page.reload();
    const link = this.page.getByRole('link', { name: this.portal.text('declarationDetail.downloadResult') });
    await expect(link).toBeVisible({ timeout: 30_000 });

    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return readFile(await download.path());
  }
}
