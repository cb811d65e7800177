import { laneKeyAction, submitScanLine } from './lane-keys';

const MRZ_LINE_1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const MRZ_LINE_2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('laneKeyAction', () => {
  const plain = { inScanField: true, modifiers: false };

  it('submits the scan with Enter in the scan field only', () => {
    expect(laneKeyAction({ ...plain, key: 'Enter' })).toBe('submitScan');
    expect(laneKeyAction({ ...plain, key: 'Enter', inScanField: false })).toBeNull();
  });

  it('maps the function keys and Escape anywhere', () => {
    expect(laneKeyAction({ ...plain, key: 'F2', inScanField: false })).toBe('recordCrossing');
    expect(laneKeyAction({ ...plain, key: 'F4' })).toBe('openPlateMatch');
    expect(laneKeyAction({ ...plain, key: 'F9' })).toBe('openCamera');
    expect(laneKeyAction({ ...plain, key: 'Escape', inScanField: false })).toBe('clear');
  });

  it('leaves typing keys and modified keys alone', () => {
    expect(laneKeyAction({ ...plain, key: 'a' })).toBeNull();
    expect(laneKeyAction({ ...plain, key: 'F2', modifiers: true })).toBeNull();
  });
});

describe('submitScanLine', () => {
  it('looks up a one-line scan at once', () => {
    expect(submitScanLine([], 'https://smartgate.example.vn/verify/abc')).toEqual({
      kind: 'lookUp',
      input: 'https://smartgate.example.vn/verify/abc',
    });
  });

  it('waits for the second line of a passport MRZ', () => {
    const first = submitScanLine([], MRZ_LINE_1);
    expect(first).toEqual({ kind: 'waitForLine', lines: [MRZ_LINE_1] });

    const second = submitScanLine([MRZ_LINE_1], MRZ_LINE_2);
    expect(second).toEqual({ kind: 'lookUp', input: `${MRZ_LINE_1}\n${MRZ_LINE_2}` });
  });

  it('waits for all three lines of an ID card MRZ', () => {
    const lines = [
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ];

    expect(submitScanLine([], lines[0]).kind).toBe('waitForLine');
    expect(submitScanLine([lines[0]], lines[1]).kind).toBe('waitForLine');
    expect(submitScanLine([lines[0], lines[1]], lines[2])).toEqual({
      kind: 'lookUp',
      input: lines.join('\n'),
    });
  });
});
