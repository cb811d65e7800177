import type { Direction } from '@smartgate/shared-models';

/**
 * The directions of a consignment in the order the form offers them. Cargo uses the crossing
 * directions: an import enters Vietnam (`entry`), an export leaves it (`exit`).
 */
export const CARGO_DIRECTIONS: readonly Direction[] = ['entry', 'exit'];
