/**
 * The local parts desk: a kommune of a book writes its own paragraphs in the named slots of the
 * national articles (`<LocalPart name>`). The list of slots with the kommune's newest text, one
 * slot with its versions and saving a version – always the request's kommune's, never another's.
 * Handlers only translate HTTP; this decides. No AWS here. Publishing goes through the one
 * publication (POST /api/moderation/publish with `localParts`, shared/publishing/local-part-items.ts), as for facts.
 */
import type { Editor } from '../shared/auth.ts';
import type { RouteContext } from '../shared/handler.ts';
import type { ArticleContext } from '../shared/book/git-book.ts';
import { NotFoundError, ValidationError, type FieldErrors } from '../shared/errors.ts';
import { requestBookKommune } from '../shared/publishing/local-part-items.ts';
import { publishedBook } from '../shared/publishing/published-book.ts';
import type { LocalPartStorage } from '../shared/storage/index.ts';
import type { LocalPartRevision } from '../shared/storage/local-parts.ts';
import { checkLocalPartText } from '../../src/core/local-parts/check-local-part.ts';
import { localSlotsOf, type LocalSlot } from '../../src/core/local-parts/slots.ts';
import { withoutBidiControls, withoutControlCharacters } from '../../src/core/invisible-characters.ts';
import { activeLanguage } from '../../src/core/text/language.ts';
import { localText } from '../../src/core/text/local.ts';
import type { SaveLocalPartRequest } from './local-part-request.ts';

/** The article context (the national text) with the local part storage and, in a book, the request's kommune (set by the pipeline). */
export type LocalPartsContext = ArticleContext & Pick<RouteContext, 'kommune'> & { localParts: LocalPartStorage };

/** How a slot stands for the kommune: no text, a saved version readers don't have yet, or what readers see. */
export type LocalPartState = 'empty' | 'waiting' | 'live';

export type LocalPartView = LocalSlot & {
  text: string;
  date: string | null;
  version: number;
  liveVersion: number;
  state: LocalPartState;
};

/** The slots of the national text readers get now: the articles in git with the live revisions laid over them. */
async function nationalSlots(ctx: LocalPartsContext): Promise<LocalSlot[]> {
  const book = await publishedBook(ctx.book, {
    articles: {
      heads: () => ctx.articles.listArticleHeads(),
      revision: (slug, version) => ctx.articles.getRevision(slug, version),
      // The councils' statements change nothing in where the slots are.
      reviews: async () => [],
    },
  });
  return localSlotsOf(book.sources);
}

async function slotOf(ctx: LocalPartsContext, slug: string, slot: string): Promise<LocalSlot> {
  const found = (await nationalSlots(ctx)).find((candidate) => candidate.slug === slug && candidate.slot === slot);
  if (!found) throw new NotFoundError(localText('error.slotNotFound'));
  return found;
}

function viewOf(slot: LocalSlot, head: { version: number; liveVersion: number; latest: LocalPartRevision } | undefined): LocalPartView {
  const text = head?.latest.text ?? '';
  const state: LocalPartState = !head ? 'empty' : head.version > head.liveVersion ? 'waiting' : text === '' ? 'empty' : 'live';
  return {
    ...slot,
    text,
    date: text === '' ? null : (head?.latest.date ?? null),
    version: head?.version ?? 0,
    liveVersion: head?.liveVersion ?? 0,
    state,
  };
}

/** Every slot of the national text, with the request's kommune's newest text in it and how it stands. */
export async function listLocalParts(ctx: LocalPartsContext): Promise<LocalPartView[]> {
  const kommune = requestBookKommune(ctx);
  const [slots, heads] = await Promise.all([nationalSlots(ctx), ctx.localParts.listLocalPartHeads(kommune)]);
  const saved = new Set(heads.map((head) => `${head.slug}#${head.slot}`));
  return Promise.all(
    slots.map(async (slot) =>
      viewOf(
        slot,
        saved.has(`${slot.slug}#${slot.slot}`) ? await ctx.localParts.getLocalPartHead(kommune, slot.slug, slot.slot) : undefined,
      ),
    ),
  );
}

/** One slot with the kommune's newest text and every saved version, newest first. */
export async function getLocalPart(
  ctx: LocalPartsContext,
  slug: string,
  slot: string,
): Promise<LocalPartView & { revisions: LocalPartRevision[] }> {
  const kommune = requestBookKommune(ctx);
  const place = await slotOf(ctx, slug, slot);
  const [head, revisions] = await Promise.all([
    ctx.localParts.getLocalPartHead(kommune, slug, slot),
    ctx.localParts.listLocalPartRevisions(kommune, slug, slot),
  ]);
  return { ...viewOf(place, head), revisions };
}

/**
 * Saves a version of the kommune's text in a slot; empty text takes the paragraph away when it is
 * published. Throws NotFoundError outside a book or for a slot the national text lacks,
 * ValidationError (nothing stored) with a message per field when the text breaks a content rule
 * or has no date, and VersionConflictError when `version` is no longer the newest.
 */
export async function saveLocalPart(
  ctx: LocalPartsContext,
  editor: Editor,
  { slug, slot }: { slug: string; slot: string },
  request: SaveLocalPartRequest,
): Promise<{ slug: string; slot: string; version: number }> {
  const kommune = requestBookKommune(ctx);
  await slotOf(ctx, slug, slot);
  const text = withoutBidiControls(withoutControlCharacters(request.text)).replace(/\r\n?/g, '\n').trim();
  const problems = checkLocalPartText(text, activeLanguage());
  const fields: FieldErrors = {};
  if (problems.length > 0) fields.text = problems.map((problem) => problem.message).join(' ');
  if (text !== '' && !request.date) fields.date = localText('error.date');
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const saved = await ctx.localParts.saveLocalPart(kommune, {
    slug,
    slot,
    text,
    // A paragraph taken away shows no date; the day it was taken away is kept with the version.
    date: request.date || ctx.now().toISOString().slice(0, 10),
    actor: editor.name,
    expectedVersion: request.version,
  });
  return { slug, slot, version: saved.version };
}
