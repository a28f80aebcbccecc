/**
 * A scheduled run (the mail run, the councils' monthly e-mail) serves every kommune of a book: it
 * runs once in each kommune's context, in the kommune's målform, so what it reads and sends is
 * that kommune's. One kommune's failure is logged and the others still get their run. A kommune on
 * its own runs once, as before, its failure the run's.
 */
import type { RouteContext } from './handler.ts';
import { inKommune } from './kommune-context.ts';
import { kommuneProfile } from './kommune-env.ts';
import { errorFields, log } from './log.ts';
import { bookKommuner } from './request-kommune.ts';
import { inLanguage } from './request-language.ts';

/** Runs `work` in the målform of the context's kommune (a kommune on its own: the process's), e.g. to write the kommune's e-mails. */
export const inLanguageOf = <T>(ctx: RouteContext, work: () => Promise<T>): Promise<T> =>
  inLanguage(kommuneProfile(ctx.env, ctx.kommune)?.language, work);

/** Runs `run` as one kommune of the book: in the kommune's context and målform. */
export function asKommune<Ctx extends RouteContext, T>(ctx: Ctx, kommune: string, run: (ctx: Ctx) => Promise<T>): Promise<T> {
  const own = inKommune(ctx, kommune);
  return inLanguageOf(own, () => run(own));
}

/** The results of `run` for each kommune whose run succeeded, in the book's order. */
export async function forEachKommune<Ctx extends RouteContext, T>(ctx: Ctx, what: string, run: (ctx: Ctx) => Promise<T>): Promise<T[]> {
  const kommuner = bookKommuner(ctx.env);
  if (kommuner.length === 0) return [await run(ctx)];
  const results: T[] = [];
  for (const kommune of kommuner) {
    try {
      results.push(await asKommune(ctx, kommune, run));
    } catch (error) {
      log.error(`${what} failed for one kommune`, { kommune, ...errorFields(error) });
    }
  }
  return results;
}
