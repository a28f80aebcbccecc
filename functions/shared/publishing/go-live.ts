/**
 * What follows when readers get a publication's revisions: each becomes the live version, the
 * suggestions linked to any revision it brings out reach «Publisert» (with their e-mails), the
 * councils' review rounds up to it end, each council told once with the page, and fact revisions
 * become live too, with the days their dated values change scheduled, and a kommune's local parts
 * and own articles.
 * A new bokmål text leaves a «Nynorsk må oppdaterast» item for each translation; a translation's
 * revision goes live in its own records. Safe to repeat: the
 * suggestions are published and the rounds ended before the version is marked live, so a run cut
 * short is completed by the next one, and a suggestion already published or a round already ended
 * is left alone (no second e-mail).
 */
import type { AppContext } from '../dependencies.ts';
import type { ArticleStorage } from '../storage/index.ts';
import {
  isArticleItem,
  isFactItem,
  isLocalPartItem,
  isOwnArticleItem,
  TRANSLATION_LANGUAGES,
  type ArticleItem,
  type PublishedItem,
} from '../../../src/core/publishing/stages.ts';
import { gitBlobHash } from '../book/blob-hash.ts';
import { createLocalPartStorage } from '../storage/index.ts';
import { ownArticleStorageOf } from './own-article-storage-of.ts';
import { storageOf } from '../storage/storage-of.ts';
import { factsGoLive } from './live-facts.ts';
import { mailsAfterDecision } from '../mail/decision-mails.ts';
import { sendAfter } from '../mail/outbox.ts';
import { endReviewRounds } from '../mail/review-rounds.ts';
import { bookKommuner } from '../request-kommune.ts';
import { inKommune } from '../kommune-context.ts';
import { inLanguageOf } from '../each-kommune.ts';

export type LiveContext = AppContext & { articles: ArticleStorage };

/** The local part storage of a context (a book of several kommuner): made on first use, so contexts that never publish one don't carry it. */
export const localPartStorageOf = storageOf(createLocalPartStorage);

export async function goLive(ctx: LiveContext, items: readonly PublishedItem[]): Promise<void> {
  const articleItems = items.filter(isArticleItem);
  // In a book the suggestions and review rounds are each kommune's: a revision's suggestion is
  // published, and the rounds it ends closed, in whichever kommune they are.
  const kommuner = bookKommuner(ctx.env);
  const kommuneContexts = kommuner.length === 0 ? [ctx] : kommuner.map((kommune) => inKommune(ctx, kommune));
  for (const language of new Set(articleItems.map((item) => item.language))) {
    const articles = language ? { ...ctx.articles, ...ctx.articles.translationStorage(language) } : ctx.articles;
    await articlesGoLive(
      { ...ctx, articles },
      kommuneContexts,
      articleItems.filter((item) => item.language === language),
    );
  }
  // The facts' revisions, and the rebuilds their dated values need (also after a publication without facts: a deploy may bring new dated values in git).
  await factsGoLive(ctx, items.filter(isFactItem));
  const localParts = items.filter(isLocalPartItem);
  if (localParts.length > 0) {
    const storage = localPartStorageOf(ctx);
    for (const item of localParts) await storage.markLocalPartLive(item.kommune, item.slug, item.slot, item.version);
  }
  // A kommune's own article has no council rounds or translations: it is written in the kommune's målform and only marked live.
  for (const item of items.filter(isOwnArticleItem))
    await ownArticleStorageOf(ctx).of(item.kommune).markArticleLive(item.ownArticle, item.version);
}

/** The article revisions of one language (the bokmål articles, or a translation's texts, whose revisions are its own). */
async function articlesGoLive(ctx: LiveContext, kommuneContexts: readonly LiveContext[], items: readonly ArticleItem[]): Promise<void> {
  const heads = new Map((await ctx.articles.listArticleHeads()).map((head) => [head.slug, head]));
  for (const item of items) {
    const wasLive = heads.get(item.slug)?.liveVersion ?? 0;
    if (wasLive >= item.version) continue;
    const revisions = (await ctx.articles.listRevisions(item.slug)).filter(
      (revision) => revision.version > wasLive && revision.version <= item.version,
    );
    const brought = revisions.find((revision) => revision.version === item.version);
    const page = brought?.retiredBy ?? item.slug;
    for (const suggestionId of new Set(revisions.flatMap((revision) => (revision.suggestionId ? [revision.suggestionId] : [])))) {
      for (const own of kommuneContexts) {
        const before = await own.storage.publishSuggestion(suggestionId, page);
        const after = before ? await own.storage.getSuggestionDetail(suggestionId) : undefined;
        if (before && after) await inLanguageOf(own, async () => sendAfter(own, await mailsAfterDecision(own, before, after)));
      }
    }
    // Each kommune's councils are told in its målform.
    for (const own of kommuneContexts) await inLanguageOf(own, () => endReviewRounds(own, own.articles, item.slug, item.version));
    // A new bokmål text: each translation must follow it («Nynorsk må oppdaterast»), kept until it does.
    if (item.language === undefined && brought && !brought.retiredBy) {
      for (const language of TRANSLATION_LANGUAGES)
        await ctx.articles.markTranslationDue(language, {
          slug: item.slug,
          version: item.version,
          bokmalVersion: gitBlobHash(brought.source),
        });
    }
    await ctx.articles.markArticleLive(item.slug, item.version);
  }
}
