import { expect, type Locator, type Page } from '@playwright/test';

import type { TypedGoodsLine } from './assisted-truck-form';

/** One goods line as typed into the portal's cargo form, which also asks for a description. */
export interface GoodsLineInput extends TypedGoodsLine {
  description: string;
}

/** A document to attach: its type as the portal names it and the file. */
export interface AttachmentInput {
  type: string;
  name: string;
  buffer: Buffer;
}

/** The cargo declaration form of the portal, in Vietnamese. */
export class CargoFormPage {
  constructor(private readonly page: Page) {}

  async openNew(businessId: string): Promise<void> {
    await this.page.goto(`/business/${businessId}/cargo/new`);
    await expect(this.page.getByRole('heading', { name: 'Tờ khai hàng hóa mới' })).toBeVisible();
  }

  async fillCrossing(direction: string, arrivalDate: string, arrivalTime: string): Promise<void> {
    await this.page.getByRole('radio', { name: direction }).check();
    await this.chooseOption(this.page.getByRole('combobox', { name: 'Cửa khẩu' }), /Lệ Thanh/);
    await this.page.getByLabel('Ngày dự kiến đến').fill(arrivalDate);
    await this.page.getByLabel('Giờ dự kiến đến').fill(arrivalTime);
    await expect(this.page.getByText(/Hãy nộp trước .* ít nhất 60 phút trước giờ dự kiến đến/)).toBeVisible();
  }

  async fillCounterpart(name: string, address: string, country: string): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Đối tác nước ngoài' });
    await group.getByLabel('Tên công ty').fill(name);
    await this.chooseOption(group.getByRole('combobox', { name: 'Quốc gia' }), country);
    await group.getByLabel('Địa chỉ').fill(address);
  }

  async pickVehicle(plate: string): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Phương tiện' });
    await this.chooseOption(group.getByRole('combobox', { name: 'Chọn xe của doanh nghiệp' }), plate);
    await expect(group.getByRole('textbox', { name: 'Biển số' })).toHaveValue(plate);
    await expect(group.getByText(/Giấy phép còn hiệu lực đến/)).toBeVisible();
  }

  async pickDriver(driverLabel: RegExp): Promise<void> {
    await this.chooseOption(
      this.page.getByRole('combobox', { name: 'Chọn lái xe của doanh nghiệp' }),
      driverLabel,
    );
  }

  /** Imports goods lines from a file and waits for the confirmation. */
  async importGoods(fileName: string, content: Buffer): Promise<void> {
    await this.page
      .locator('sg-goods-import input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: content });
    await expect(this.page.getByText(`Số dòng hàng đã thêm từ ${fileName}:`)).toBeVisible();
  }

  /** Adds a goods line at the end and fills it, picking the HS code from the search. */
  async addGoodsLine(lineNumber: number, line: GoodsLineInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm dòng hàng' }).click();
    const group = this.page.getByRole('group', { name: `Dòng hàng ${lineNumber}`, exact: true });

    await group.getByLabel('Mã HS').fill(line.hsCodeSearch);
    await this.page.getByRole('option', { name: line.hsCodeOption }).click();
    await group.getByLabel('Mô tả hàng hóa').fill(line.description);
    await group.getByLabel('Số lượng').fill(line.quantity);
    await this.chooseOption(group.getByRole('combobox', { name: 'Đơn vị tính' }), line.unit);
    await group.getByLabel('Trọng lượng tịnh (kg)').fill(line.netWeightKg);
    await group.getByLabel('Trọng lượng cả bì (kg)').fill(line.grossWeightKg);
    await group.getByLabel('Giá trị').fill(line.value);
    await group.getByLabel('Loại tiền').fill(line.currency);
    await this.chooseOption(group.getByRole('combobox', { name: 'Xuất xứ' }), line.origin);
  }

  totals(): Locator {
    return this.page.getByRole('region', { name: 'Tổng cộng' });
  }

  async attach(attachment: AttachmentInput): Promise<void> {
    await this.chooseOption(
      this.page.getByRole('combobox', { name: 'Loại chứng từ' }),
      new RegExp(`^${attachment.type}`),
    );
    await this.page
      .locator('sg-cargo-attachments input[type="file"]')
      .setInputFiles({ name: attachment.name, mimeType: 'application/pdf', buffer: attachment.buffer });
    await expect(this.page.getByRole('link', { name: attachment.name })).toBeVisible();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nộp tờ khai' }).click();
    await expect(
      this.page.getByText('Tờ khai đã được nộp và đang chờ cán bộ biên phòng xem xét.'),
    ).toBeVisible();
  }

  /** Opens a select from the keyboard, as long labels cover the middle of the field, and picks an option. */
  private async chooseOption(select: Locator, option: string | RegExp): Promise<void> {
    await select.focus();
    await select.press('Enter');
    await this.page.getByRole('option', { name: option }).click();
  }
}
