import { expect, type Page } from '@playwright/test';

/** A declaration's page in the back office, in Vietnamese, where an officer decides on it. */
export class BackofficeReviewPage {
  constructor(private readonly page: Page) {}

  /** Finds a declaration by its reference code among all queues and opens it. */
  async openByReferenceCode(referenceCode: string): Promise<void> {
    await this.page.goto('/backoffice/declarations');
    await this.page.getByRole('tab', { name: /^Tất cả/ }).click();
    await this.page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(referenceCode);
    await this.page.getByRole('button', { name: 'Áp dụng' }).click();

    const row = this.page.getByRole('row').filter({ hasText: referenceCode });
    await expect(row).toHaveCount(1);
    await row.getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Chi tiết tờ khai' })).toBeVisible();
    await expect(this.page.getByText(referenceCode, { exact: true })).toBeVisible();
  }

  /**
   * Assigns the open declaration to the signed-in officer unless they hold it already, because
   * only the holder may decide it.
   */
  async assignToMe(): Promise<void> {
    const holdText = this.page.getByRole('status').filter({ hasText: /xử lý tờ khai này/ });
    await expect(holdText).toBeVisible();
    if (/^Bạn đang xử lý/.test((await holdText.textContent())?.trim() ?? '')) {
      return;
    }

    await this.page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await expect(holdText).toContainText('Bạn đang xử lý tờ khai này');
  }

  /**
   * Sends the declaration back with one comment on one field, picked by its label such as
   * "Người đi cùng 2 – Số giấy tờ".
   */
  async sendBackWithFieldComment(fieldLabel: string, comment: string): Promise<void> {
    await this.assignToMe();
    await this.page.getByRole('button', { name: 'Yêu cầu sửa đổi' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Trả lại tờ khai để bổ sung, sửa đổi' });
    await expect(dialog).toBeVisible();

    await dialog.getByRole('button', { name: 'Thêm nhận xét cho một trường' }).click();
    const row = dialog.getByRole('group', { name: 'Nhận xét trường 1' });
    await row.getByRole('combobox', { name: 'Trường' }).click();
    await this.page.getByRole('option', { name: fieldLabel, exact: true }).click();
    await row.getByRole('textbox', { name: 'Nội dung cần sửa ở trường này' }).fill(comment);
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(this.page.getByText('Tờ khai đã được trả lại cho người khai')).toBeVisible();
  }

  async approve(): Promise<void> {
    await this.assignToMe();
    await this.page.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(this.page.getByText('Đã phê duyệt tờ khai.')).toBeVisible();
  }
}
