/*
 * The officer roles and the groups of roles allowed each kind of action. This file imports no
 * schema library, so the back office shell can check a role without loading zod at start-up.
 */

/** The officer roles, from the narrowest to the widest. */
export const OFFICER_ROLES = ['gate_officer', 'reviewer', 'supervisor', 'administrator'] as const;

type OfficerRoleName = (typeof OFFICER_ROLES)[number];

/** Officer roles that may approve a declaration. A gate officer's filing at the counter waits for one of them. */
export const APPROVER_ROLES: readonly OfficerRoleName[] = ['reviewer', 'supervisor', 'administrator'];

/** Officer roles that may revoke results and take other supervisory actions. */
export const SUPERVISOR_ROLES: readonly OfficerRoleName[] = ['supervisor', 'administrator'];

/** Officer roles that may manage officers and see their sessions. */
export const ADMINISTRATOR_ROLES: readonly OfficerRoleName[] = ['administrator'];
