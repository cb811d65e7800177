/** Thrown when an approved declaration lacks a field the PDF needs; retrying cannot fix it. */
export class IncompleteDeclarationError extends Error {
  override readonly name = 'IncompleteDeclarationError';
}
