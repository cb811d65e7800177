import { MAX_TRAVELLERS } from '@smartgate/shared-models';

import { savableDraft } from './savable-draft';

describe('savableDraft', () => {
  it('returns a valid draft whole', () => {
    const result = savableDraft({ gateCode: 'lt', travellers: [{ fullName: 'Chan Sokhom' }] });

    expect(result).toEqual({
      draft: { gateCode: 'LT', travellers: [{ fullName: 'Chan Sokhom' }] },
      partial: false,
    });
  });

  it('leaves out fields that fail the draft schema and keeps the rest', () => {
    const result = savableDraft({
      gateCode: 'LT',
      plannedCrossingDate: '31/02',
      travellers: [
        { fullName: 'Chan Sokhom', documentNumber: 'C12' },
        { fullName: 'Lê Hoa 2', sex: 'female' },
      ],
    });

    expect(result).toEqual({
      draft: {
        gateCode: 'LT',
        travellers: [{ fullName: 'Chan Sokhom' }, { sex: 'female' }],
      },
      partial: true,
    });
  });

  it('saves nothing when the traveller list itself is invalid', () => {
    const travellers = Array.from({ length: MAX_TRAVELLERS + 1 }, () => ({ fullName: 'Chan Sokhom' }));

    expect(savableDraft({ travellers })).toBeNull();
  });

  it('leaves the form value untouched', () => {
    const value = { travellers: [{ documentNumber: 'C12' }] };

    savableDraft(value);

    expect(value).toEqual({ travellers: [{ documentNumber: 'C12' }] });
  });
});
