import { expect, type Locator, type Page } from '@playwright/test';

/** One goods line as the officer types it. Selects are picked by their visible Vietnamese names. */
export interface TypedGoodsLine {
  hsCodeSearch: string;
  hsCodeOption: RegExp;
  quantity: string;
  unit: string;
  netWeightKg: string;
  grossWeightKg: string;
  value: string;
  currency: string;
  origin: string;
}

/** The truck mode of the back office's filing at the counter, in Vietnamese. */
export class AssistedTruckForm {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('radio', { name: 'Hàng hóa' }).click();
    await expect(this.field('Tên')).toBeFocused();
  }

  async fillCompany(name: string, taxCode: string): Promise<void> {
    await this.field('Tên').fill(name);
    await this.field('Mã số thuế').fill(taxCode);
  }

  async fillCounterpart(name: string, address: string): Promise<void> {
    await this.field('Tên công ty').fill(name);
    await this.field('Địa chỉ').fill(address);
  }

  async fillPlate(plate: string): Promise<void> {
    await this.field('Biển số').fill(plate);
  }

  /** Types the driver's MRZ the way a desk reader does: each line followed by Enter. */
  async readDriverMrz(mrz: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Vùng đọc máy (MRZ)' }).first().click();
    for (const line of mrz.split('\n')) {
      await this.page.keyboard.type(line);
      await this.page.keyboard.press('Enter');
    }
    await expect(this.page.getByText('Đã điền các trường từ MRZ.')).toBeVisible();
  }

  /** Fills the first goods line, picking its HS code from the search of the tariff. */
  async fillGoodsLine(line: TypedGoodsLine): Promise<void> {
    // The HS code field offers the search's results as an autocomplete, so its role is combobox.
    await this.page.getByRole('combobox', { name: 'Mã HS', exact: true }).fill(line.hsCodeSearch);
    await this.page.getByRole('option', { name: line.hsCodeOption }).click();
    await this.field('Số lượng').fill(line.quantity);
    await this.choose('Đơn vị tính', line.unit);
    await this.field('Trọng lượng tịnh (kg)').fill(line.netWeightKg);
    await this.field('Trọng lượng cả bì (kg)').fill(line.grossWeightKg);
    await this.field('Giá trị').fill(line.value);
    await this.field('Loại tiền').fill(line.currency);
    await this.choose('Xuất xứ', line.origin);
  }

  /** Ticks every paper document that the rules mark as required. */
  async tickRequiredDocuments(): Promise<void> {
    const required = this.page.getByRole('checkbox', { name: /\(bắt buộc\)/ });
    await expect(required.first()).toBeVisible();
    for (const checkbox of await required.all()) {
      await checkbox.check();
    }
  }

  get totals(): Locator {
    return this.page.locator('sg-goods-totals-panel');
  }

  private field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  private async choose(name: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
