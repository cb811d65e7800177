import { readScanInput } from './scan-input';

const OPTIONS = { publicBaseUrl: 'https://smartgate.example.vn', demoMode: true };
const TOKEN = 'Ab-_0123456789abcdefghijklmnopqrstuvwxyzABC';

describe('readScanInput', () => {
  it('reads the token of our verification URL', () => {
    expect(readScanInput(`https://smartgate.example.vn/verify/${TOKEN}`, OPTIONS)).toEqual({
      kind: 'token',
      token: TOKEN,
    });
    expect(readScanInput(`  HTTPS://SMARTGATE.EXAMPLE.VN/verify/${TOKEN}\n`, OPTIONS)).toEqual({
      kind: 'token',
      token: TOKEN,
    });
  });

  it('calls another origin or path not ours', () => {
    expect(readScanInput(`https://evil.example.com/verify/${TOKEN}`, OPTIONS)).toEqual({ kind: 'notOurs' });
    expect(readScanInput(`http://smartgate.example.vn/verify/${TOKEN}`, OPTIONS)).toEqual({
      kind: 'notOurs',
    });
    expect(readScanInput(`https://smartgate.example.vn/pay/${TOKEN}`, OPTIONS)).toEqual({ kind: 'notOurs' });
  });

  it('calls a malformed token of our URL tampered', () => {
    expect(readScanInput(`https://smartgate.example.vn/verify/${TOKEN.slice(1)}`, OPTIONS)).toEqual({
      kind: 'tampered',
    });
    expect(readScanInput(`https://smartgate.example.vn/verify/${TOKEN}?x=1`, OPTIONS)).toEqual({
      kind: 'tampered',
    });
    expect(readScanInput(`https://smartgate.example.vn/verify/${TOKEN.slice(1)}%`, OPTIONS)).toEqual({
      kind: 'tampered',
    });
  });

  it('reads a typed result number in any case', () => {
    expect(readScanInput(' lt-2026-000123 ', OPTIONS)).toEqual({
      kind: 'resultNumber',
      number: 'LT-2026-000123',
    });
  });

  it('reads a reference code with misread letters', () => {
    expect(readScanInput('lt 7k3q 9c2m', OPTIONS)).toEqual({ kind: 'referenceCode', code: 'LT-7K3Q-9C2M' });
  });

  it('reads a passport MRZ on two lines or one', () => {
    const lines = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ];

    const twoLines = readScanInput(lines.join('\r\n'), OPTIONS);
    const oneLine = readScanInput(lines.join(''), OPTIONS);

    expect(twoLines.kind).toBe('mrz');
    expect(twoLines.kind === 'mrz' ? twoLines.valid : false).toBeTrue();
    expect(twoLines.kind === 'mrz' ? twoLines.data?.documentNumber : null).toBe('L898902C3');
    expect(oneLine.kind === 'mrz' ? oneLine.data?.documentNumber : null).toBe('L898902C3');
  });

  it('marks an MRZ with a wrong document check digit invalid', () => {
    const lines = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C35UTO7408122F1204159ZE184226B<<<<<10',
    ];

    const scan = readScanInput(lines.join('\n'), OPTIONS);

    expect(scan.kind).toBe('mrz');
    expect(scan.kind === 'mrz' ? scan.valid : true).toBeFalse();
  });

  it('reports anything else as unrecognized', () => {
    expect(readScanInput('hello', OPTIONS)).toEqual({ kind: 'unrecognized' });
    expect(readScanInput('12345', OPTIONS)).toEqual({ kind: 'unrecognized' });
  });
});
