import type { PostingClient } from './officer-sign-in';

/** The declaration fields an assignment names. */
export interface AssignableDeclaration {
  id: string;
  version: number;
}

/**
 * Assigns a submitted declaration to the signed-in officer, as the back office does before a
 * decision: only the officer holding a declaration may approve, reject or send it back.
 */
export async function assignToSelf(
  officer: PostingClient,
  declaration: AssignableDeclaration,
): Promise<void> {
  await officer
    .post(`/api/officer/declarations/${declaration.id}/assign`, { version: declaration.version })
    .expect(200);
}
