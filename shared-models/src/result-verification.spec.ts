import { maskName } from './result-verification';

describe('maskName', () => {
  it('keeps only the first letter of each word', () => {
    expect(maskName('Nguyễn Trọng Thiện')).toBe('N***** T**** T****');
  });

  it('collapses repeated spaces', () => {
    expect(maskName('  Lê   Hoa ')).toBe('L* H**');
  });
});
