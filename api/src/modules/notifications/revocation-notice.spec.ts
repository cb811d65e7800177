import { revocationNotice } from './revocation-notice';
import type { RevocationNoticeData } from './revocation-notice.repository';

const NOTICE: RevocationNoticeData = {
  declarationId: '6f1c2a52-55e4-4c61-9d39-0d3f8c1d2a10',
  email: 'binh@example.vn',
  fullName: 'Trần Thị Bình',
  language: 'vi',
  resultNumber: 'LT-2026-000007',
  reason: 'Hộ chiếu đã bị báo mất.',
  // 20:00 UTC is 03:00 on the next day in Asia/Ho_Chi_Minh.
  revokedAt: new Date('2026-12-04T20:00:00Z'),
  gateNameVi: 'Cửa khẩu quốc tế Lệ Thanh',
  gateNameEn: 'Lệ Thanh International Border Gate',
  timeZone: 'Asia/Ho_Chi_Minh',
};

describe('revocationNotice', () => {
  it('writes Vietnamese with the local time at the gate', () => {
    const sut = revocationNotice(NOTICE, 'https://smartgate.example.vn');

    expect(sut.subject).toBe('Kết quả khai báo LT-2026-000007 đã bị thu hồi');
    expect(sut.text).toContain('tại Cửa khẩu quốc tế Lệ Thanh đã bị thu hồi lúc 05/12/2026 03:00');
    expect(sut.text).toContain('Lý do: Hộ chiếu đã bị báo mất.');
    expect(sut.text).toContain(`https://smartgate.example.vn/declarations/${NOTICE.declarationId}`);
  });

  it('writes English with the English gate name', () => {
    const sut = revocationNotice({ ...NOTICE, language: 'en' }, 'https://smartgate.example.vn');

    expect(sut.subject).toBe('Your border crossing result LT-2026-000007 has been revoked');
    expect(sut.text).toContain('Dear Trần Thị Bình,');
    expect(sut.text).toContain('for Lệ Thanh International Border Gate was revoked on 05/12/2026 03:00');
  });

  it('falls back to English for Khmer', () => {
    const sut = revocationNotice({ ...NOTICE, language: 'km' }, 'https://smartgate.example.vn');

    expect(sut.subject).toBe('Your border crossing result LT-2026-000007 has been revoked');
  });
});
