import type { RequestHandler } from 'express';

import { ValidationError } from './errors';

/**
 * Maximum nesting depth of objects and arrays in a request body. A declaration is three
 * levels deep (body, travellers, traveller), so this leaves ample room for other bodies.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Returns the top-level key under which a value nests deeper than `maxDepth`, `''` when the
 * body itself is too deep, or undefined when it is not. The walk uses its own stack, so a
 * body of thousands of nested arrays cannot overflow the call stack.
 */
export function keyNestedTooDeep(body: unknown, maxDepth: number): string | undefined {
  const pending: { value: unknown; depth: number; topKey: string }[] = [
    { value: body, depth: 0, topKey: '' },
  ];

  while (pending.length > 0) {
    const { value, depth, topKey } = pending.pop()!;
    if (value === null || typeof value !== 'object') {
      continue;
    }
    if (depth >= maxDepth) {
      return topKey;
    }

    for (const [key, item] of Object.entries(value)) {
      pending.push({ value: item, depth: depth + 1, topKey: depth === 0 ? key : topKey });
    }
  }
  return undefined;
}

/** Rejects JSON bodies nested deeper than MAX_BODY_DEPTH with 400, naming the top-level field. */
export const rejectDeepBodies: RequestHandler = (request, _response, next) => {
  const topKey = keyNestedTooDeep(request.body, MAX_BODY_DEPTH);

  if (topKey !== undefined) {
    // Array indexes have no field label, so an array body is named as a whole.
    const path = topKey === '' || Array.isArray(request.body) ? [] : [topKey];
    throw new ValidationError([{ path, code: 'invalid' }], 400, 'bodyTooDeep');
  }
  next();
};
