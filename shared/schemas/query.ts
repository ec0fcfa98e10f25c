/** Query strings that refuse parameters they do not know, naming each one, and their comma-separated lists. */
import { z } from 'zod';

/**
 * A query object of `shape` that refuses any other parameter with an issue
 * under that parameter's own name ("query.colour"), where a strict object
 * would blame the whole query.
 */
export function queryOf<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((query, ctx) => {
      for (const key of Object.keys(query)) {
        if (!Object.hasOwn(shape, key)) ctx.addIssue({ code: 'custom', path: [key], message: 'not a parameter of this endpoint' });
      }
    });
}

/** The trimmed, non-empty items of a comma-separated query value ("a, b,,c" → a, b, c). */
export function commaSeparated(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A query parameter holding a comma-separated list; the caller pipes the items into what each must be. */
export const commaList = () => z.string().transform(commaSeparated);
