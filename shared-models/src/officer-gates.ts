import { z } from 'zod';

import { choiceError } from './choice-error';

/** The gates an officer works at: one or more gate codes, upper-cased, sorted and without repeats. */
export const GateCodeList = z
  .array(
    z.string({ error: choiceError }).trim().min(1, { error: 'required' }).max(10, { error: 'unknownGate' }),
    {
      error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidType'),
    },
  )
  .min(1, { error: 'required' })
  .max(50, { error: 'tooBig' })
  .transform((codes) => [...new Set(codes.map((code) => code.toUpperCase()))].sort());
export type GateCodeList = z.infer<typeof GateCodeList>;
