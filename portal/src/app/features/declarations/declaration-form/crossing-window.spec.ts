import { FormControl } from '@angular/forms';
import type { Gate } from '@smartgate/shared-models';

import { crossingWindow, crossingWindowValidator } from './crossing-window';

const GATE: Gate = {
  code: 'LT',
  nameVi: 'Lệ Thanh',
  nameEn: 'Le Thanh',
  facingGateName: 'O Yadav',
  facingProvince: 'Ratanakiri',
  facingCountry: 'KHM',
  submissionOpensDaysBefore: 7,
};

describe('crossing window', () => {
  it('ends the chosen gate window the given number of days after today', () => {
    expect(crossingWindow([GATE], 'LT', '2026-02-25')).toEqual({ latest: '2026-03-04', daysBefore: 7 });
    expect(crossingWindow([GATE], null, '2026-02-25')).toBeNull();
  });

  it('flags a date past the window', () => {
    const validate = crossingWindowValidator(() => ({ latest: '2026-03-04', daysBefore: 7 }));

    expect(validate(new FormControl(new Date(2026, 2, 4)))).toBeNull();
    expect(validate(new FormControl(new Date(2026, 2, 5)))).toEqual({
      issue: { key: 'outsideSubmissionWindow', params: { from: '26/02/2026', until: '05/03/2026' } },
    });
  });
});
