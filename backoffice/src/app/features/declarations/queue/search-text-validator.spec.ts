import { FormControl } from '@angular/forms';

import { searchTextValidator } from './search-text-validator';

describe('search text validator', () => {
  const check = (text: string) => searchTextValidator(new FormControl(text));

  it('allows empty text and two characters', () => {
    expect(check('   ')).toBeNull();
    expect(check('ng')).toBeNull();
  });

  it('rejects one character after trimming', () => {
    expect(check(' n ')).toEqual({ searchTooShort: true });
    expect(check('%')).toEqual({ searchTooShort: true });
  });

  it('rejects more than 100 characters', () => {
    expect(check('a'.repeat(100))).toBeNull();
    expect(check('a'.repeat(101))).toEqual({ searchTooLong: true });
  });
});
