import { z } from 'zod';

/** An officer's sign-in form for the back office. */
export const OfficerLogin = z.object({
  username: z
    .string({ error: 'required' })
    .trim()
    .toLowerCase()
    .pipe(z.string().min(1, { error: 'required' }).max(64, { error: 'tooLong' })),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(128, { error: 'tooLong' }),
});
export type OfficerLogin = z.infer<typeof OfficerLogin>;

/** The signed-in officer as the API returns it. */
export const OfficerProfile = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(['gate_officer', 'reviewer', 'supervisor', 'administrator']),
});
export type OfficerProfile = z.infer<typeof OfficerProfile>;

/** Officer roles that may revoke results and take other supervisory actions. */
export const SUPERVISOR_ROLES: readonly OfficerProfile['role'][] = ['supervisor', 'administrator'];
