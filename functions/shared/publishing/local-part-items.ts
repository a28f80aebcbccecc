/**
 * A kommune's local parts as a publication names them. Local parts belong to a kommune of a book
 * of several kommuner: the request's (the pipeline sets `kommune` from `?kommune=`); a kommune on
 * its own has none. Shared by the local parts desk and «Publiser» (functions/articles/).
 */
import type { RouteContext } from '../handler.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { LocalPartStorage } from '../storage/index.ts';
import type { LocalPartItem } from '../../../src/core/publishing/stages.ts';
import { localText } from '../../../src/core/text/local.ts';

/** The request's kommune; NotFoundError for a kommune on its own, which has no local parts (its text is all its own). */
export function requestBookKommune(ctx: Pick<RouteContext, 'kommune'>): string {
  if (ctx.kommune === undefined) throw new NotFoundError(localText('error.notInBook'));
  return ctx.kommune;
}

/** The newest saved version of each named local part of the request's kommune, for a publication; BadRequestError for one with nothing waiting. */
export async function localPartItems(
  ctx: Pick<RouteContext, 'kommune'> & { localParts: LocalPartStorage },
  parts: readonly { slug: string; slot: string }[],
): Promise<LocalPartItem[]> {
  const kommune = requestBookKommune(ctx);
  const heads = new Map((await ctx.localParts.listLocalPartHeads(kommune)).map((head) => [`${head.slug}#${head.slot}`, head]));
  const chosen = new Map(parts.map((part) => [`${part.slug}#${part.slot}`, part]));
  return [...chosen.values()].map(({ slug, slot }) => {
    const head = heads.get(`${slug}#${slot}`);
    if (!head || head.version <= head.liveVersion)
      throw new BadRequestError('nothing-to-publish', localText('error.notPending', { slug, slot }));
    return { kommune, slug, slot, version: head.version };
  });
}
