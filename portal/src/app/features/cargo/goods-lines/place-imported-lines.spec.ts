import { FormArray } from '@angular/forms';

import { createGoodsLineForm, goodsLineFormValue, type GoodsLineForm } from './goods-line-form';
import { placeImportedLines } from './place-imported-lines';

const CASSAVA = {
  hsCode: '07141011',
  description: 'Sắn lát khô',
  quantity: '28000',
  unitCode: 'kg',
  netWeightKg: '28000',
  grossWeightKg: '28150.5',
  value: '6720',
  currency: 'USD',
  originCountry: 'KHM',
};

describe('placeImportedLines', () => {
  it('replaces the blank line with the imported lines', () => {
    const rows = new FormArray<GoodsLineForm>([createGoodsLineForm()]);

    const placed = placeImportedLines(rows, [CASSAVA, { ...CASSAVA, description: 'Sắn lát khô loại 2' }]);

    expect(placed).toBe(2);
    expect(rows.length).toBe(2);
    expect(goodsLineFormValue(rows.at(1))['description']).toBe('Sắn lát khô loại 2');
  });

  it('keeps typed lines first', () => {
    const rows = new FormArray<GoodsLineForm>([createGoodsLineForm({ description: 'Typed line' })]);

    placeImportedLines(rows, [CASSAVA]);

    expect(rows.controls.map((row) => row.controls.description.value)).toEqual(['Typed line', 'Sắn lát khô']);
  });

  it('shows imported HS codes with their dots', () => {
    const rows = new FormArray<GoodsLineForm>([]);

    placeImportedLines(rows, [CASSAVA]);

    expect(rows.at(0).controls.hsCode.value).toBe('0714.10.11');
  });

  it('stops at 200 lines', () => {
    const rows = new FormArray<GoodsLineForm>(
      Array.from({ length: 199 }, () => createGoodsLineForm({ description: 'Typed' })),
    );

    expect(placeImportedLines(rows, [CASSAVA, CASSAVA])).toBe(1);
    expect(rows.length).toBe(200);
  });
});
