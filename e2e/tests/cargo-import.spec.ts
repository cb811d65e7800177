import { expect, test } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { CargoFormPage } from '../pages/cargo-form-page';
import { DeclarationDetailPage } from '../pages/portal-pages';
import { registerBusinessWithFleet } from '../support/business-seed';
import { localDatePlusDays } from '../support/dates';
import { decodeQrCodesOfEveryPage, extractPdfText } from '../support/pdf';
import { smallPdf } from '../support/small-pdf';
import { E2E_ADMIN, E2E_BASE_URL } from '../support/stack-settings';

const DRIVER_NAME = 'Rơ Châm Thuận';

/**
 * Goods lines as a Vietnamese spreadsheet exports them: a byte-order mark, semicolons, decimal
 * dots, and a description with a line break inside quotes.
 */
const GOODS_CSV = [
  'Mã HS;Mô tả hàng hóa;Số lượng;Đơn vị tính;Trọng lượng tịnh (kg);Trọng lượng cả bì (kg);Trị giá;Loại tiền;Xuất xứ',
  '0714.10.11;"Sắn lát khô\nloại 1, bao 50 kg";20000;kg;20000.1;20150;4800;USD;KHM',
  '07141011;Sắn lát khô loại 2;8000;kg;8000.2;8060;1760;USD;KHM',
].join('\r\n');

test('company imports dried cassava by CSV, officer approves, one PDF with one QR', async ({ browser }) => {
  const companyContext = await browser.newContext();
  const company = await companyContext.newPage();
  const business = await registerBusinessWithFleet(company.request, {
    licenceExpiry: localDatePlusDays(300),
    driverName: DRIVER_NAME,
  });

  const form = new CargoFormPage(company);
  await form.openNew(business.id);
  await form.fillCrossing('Nhập khẩu', localDatePlusDays(1), '10:30');
  await form.fillCounterpart(
    'Ratanakiri Agro Trading Co., Ltd.',
    'Phum Lom, Khum Lom, O Yadav, Ratanakiri',
    'Campuchia',
  );
  await form.pickVehicle(business.vehiclePlate);
  await form.pickDriver(new RegExp(DRIVER_NAME));

  await form.importGoods('san-lat-kho.csv', Buffer.from(`\uFEFF${GOODS_CSV}`, 'utf8'));
  await form.addGoodsLine(3, {
    hsCodeSearch: '0714.10',
    hsCodeOption: /0714\.10\.19/,
    description: 'Sắn lát khô vụn',
    quantity: '0.5',
    unit: 'Tấn',
    netWeightKg: '499.7',
    grossWeightKg: '510',
    value: '110.5',
    currency: 'USD',
    origin: 'Campuchia',
  });
  await expect(form.totals()).toContainText('28500 kg (28.5 tấn)');
  await expect(form.totals()).toContainText('6670.5 USD');

  await form.attach({
    type: 'Giấy chứng nhận kiểm dịch thực vật',
    name: 'kiem-dich.pdf',
    buffer: await smallPdf('Phytosanitary certificate KH-2026-0815'),
  });
  await form.attach({
    type: 'Hóa đơn thương mại',
    name: 'hoa-don.pdf',
    buffer: await smallPdf('Commercial invoice RAT-2026-112'),
  });
  await form.attach({
    type: 'Phiếu đóng gói',
    name: 'phieu-dong-goi.pdf',
    buffer: await smallPdf('Packing list RAT-2026-112'),
  });
  await expect(company.getByText('Đã đính kèm đủ các chứng từ bắt buộc.')).toBeVisible();
  await form.submit();
  const declarationUrl = company.url();

  const officerContext = await browser.newContext();
  const backoffice = new BackofficePages(await officerContext.newPage());
  await backoffice.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
  await backoffice.approveDeclarationOf(DRIVER_NAME);
  await officerContext.close();

  await company.goto(declarationUrl);
  const pdf = await new DeclarationDetailPage(company).downloadResult();
  const text = (await extractPdfText(pdf)).replace(/\s+/g, ' ');
  expect(text).toContain('0714.10.11');
  expect(text).toContain('0714.10.19');
  expect(text).toContain('Sắn lát khô loại 2');
  expect(text).toContain('Sắn lát khô vụn');
  expect(text).toContain('28.5');
  expect(text).toContain('6670.5');
  expect(text).toContain(business.vehiclePlate);
  expect(text).toContain(DRIVER_NAME);

  const qrCodes = decodeQrCodesOfEveryPage(pdf);
  expect(qrCodes.length).toBe(1);
  expect(qrCodes[0]).toMatch(new RegExp(`^${E2E_BASE_URL}/verify/[A-Za-z0-9_-]{43}$`));
  await companyContext.close();
});
