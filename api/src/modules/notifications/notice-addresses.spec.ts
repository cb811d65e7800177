import type { CargoNoticeFacts } from './cargo-notice.repository';
import { noticeAddresses } from './notice-addresses';

const CARGO: CargoNoticeFacts = {
  businessName: 'Công ty TNHH Nông sản Đức Cơ',
  businessContactEmail: 'lienhe@nongsanducco.vn',
  filerIsMember: true,
  vehiclePlate: '81C-123.45',
  trailerPlate: null,
  grossWeightTonnes: '30',
  firstGoodsDescription: 'Sắn lát khô',
  goodsLineCount: 1,
  driverName: 'Rơ Mah Hlim',
  plannedArrivalAt: null,
};

describe('noticeAddresses', () => {
  it('sends a traveller’s notice to the applicant alone', () => {
    expect(noticeAddresses('binh@example.vn', null)).toEqual({ to: 'binh@example.vn' });
  });

  it('copies a cargo notice to the company’s contact address', () => {
    expect(noticeAddresses('hung@nongsanducco.vn', CARGO)).toEqual({
      to: 'hung@nongsanducco.vn',
      cc: 'lienhe@nongsanducco.vn',
    });
  });

  it('sends one message when the filer is the contact', () => {
    expect(noticeAddresses('LienHe@nongsanducco.vn', CARGO)).toEqual({ to: 'LienHe@nongsanducco.vn' });
  });

  it('leaves out a filer who left the company', () => {
    expect(noticeAddresses('hung@nongsanducco.vn', { ...CARGO, filerIsMember: false })).toEqual({
      to: 'lienhe@nongsanducco.vn',
    });
  });

  it('sends a counter-filed truck’s notice to the contact left at the counter', () => {
    const counter = { ...CARGO, businessName: null, businessContactEmail: null, filerIsMember: false };

    expect(noticeAddresses('driver@example.vn', counter)).toEqual({ to: 'driver@example.vn' });
  });

  it('finds no address for a traveller who left none', () => {
    expect(noticeAddresses(null, null)).toBeNull();
  });
});
