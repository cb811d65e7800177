import { CrossingDeclarationDraft } from '@smartgate/shared-models';
import type { z } from 'zod';

/** A draft ready to send, and whether fields with errors had to be left out of it. */
export interface SavableDraft<T extends object = CrossingDeclarationDraft> {
  draft: T;
  /** True when some fields failed the draft schema and are missing from `draft`. */
  partial: boolean;
}

/**
 * Reads a form value as a draft the API accepts, for saving while the traveller types. A field
 * that the draft schema rejects, such as a document number typed halfway, is left out so that
 * the rest is still saved. Returns null when an error sits on a list or group rather than on a
 * single field, because leaving that out would delete entries on the server. `schema` is the
 * draft schema of the declaration's kind: a crossing by default, or a cargo declaration.
 */
export function savableDraft<T extends z.ZodType<object> = typeof CrossingDeclarationDraft>(
  formValue: Record<string, unknown>,
  schema: T = CrossingDeclarationDraft as unknown as T,
): SavableDraft<z.output<T>> | null {
  const parsed = schema.safeParse(formValue);
  if (parsed.success) {
    return { draft: parsed.data, partial: false };
  }

  const pruned = structuredClone(formValue);
  for (const issue of parsed.error.issues) {
    if (!removeField(pruned, issue.path)) {
      return null;
    }
  }

  const retried = schema.safeParse(pruned);
  return retried.success ? { draft: retried.data, partial: true } : null;
}

/** Deletes the plain value at `path`. Returns false when the path names an object, a list or nothing. */
function removeField(root: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) {
    return false;
  }

  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    parent = isContainer(parent) ? (parent as Record<PropertyKey, unknown>)[segment] : undefined;
  }

  const field = path[path.length - 1];
  if (!isContainer(parent) || Array.isArray(parent) || isContainer(parent[field as keyof typeof parent])) {
    return false;
  }
  delete (parent as Record<PropertyKey, unknown>)[field];
  return true;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
