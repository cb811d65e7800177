import { redactSqlLiterals } from './sql-redaction';

describe('redactSqlLiterals', () => {
  it('removes string constants', () => {
    const sql = `SELECT id FROM declaration_travellers WHERE full_name = 'Nguyễn Văn Đức' AND document_number = 'C1234567'`;

    expect(redactSqlLiterals(sql)).toBe(
      `SELECT id FROM declaration_travellers WHERE full_name = '?' AND document_number = '?'`,
    );
  });

  it('removes constants with doubled quotes and escapes', () => {
    const sql = `INSERT INTO partners (name) VALUES ('O''Brien Trading'), (E'Phnom\\nPenh')`;

    expect(redactSqlLiterals(sql)).toBe(`INSERT INTO partners (name) VALUES ('?'), ('?')`);
  });

  it('keeps identifiers and placeholders', () => {
    const sql = 'SELECT "fullName" FROM declarations WHERE id = $1';

    expect(redactSqlLiterals(sql)).toBe(sql);
  });
});
