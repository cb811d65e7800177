/**
 * Collects the values of a raw query's bind parameters and hands out their `$n` placeholders,
 * so that values travel apart from the SQL text and never need escaping.
 */
export class BindParameters {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, such as `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
