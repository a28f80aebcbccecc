/** What editors see of a council: never the code's hash, which is only for lookups. */
import * as z from 'zod/mini';
import type { Council, CouncilView } from '../../src/core/suggestions/types.ts';
import { parseWith } from '../shared/parse.ts';
import { apiText } from '../../src/core/text/api.ts';

export function toCouncilView(council: Council): CouncilView {
  return {
    id: council.id,
    name: council.name,
    createdAt: council.createdAt,
    codeCreatedAt: council.codeCreatedAt,
    active: council.revokedAt === undefined,
    ...(council.revokedAt !== undefined ? { revokedAt: council.revokedAt } : {}),
    ...(council.contactEmail !== undefined ? { contactEmail: council.contactEmail } : {}),
  };
}

const newCouncilSchema = z.object({
  /** As it is shown on suggestions: "Fra Eldrerådet". */
  name: z
    .pipe(
      z.string({ error: apiText('council.name') }),
      z.transform((value: string) => value.trim()),
    )
    .check(
      z.refine((value) => value.length >= 2, apiText('council.name')),
      z.refine((value) => value.length <= 100, apiText('council.nameMax', { max: 100 })),
    ),
});

/** Throws ValidationError naming `name`. */
export function parseNewCouncil(input: unknown): { name: string } {
  return parseWith(newCouncilSchema, typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {});
}
