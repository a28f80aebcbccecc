/**
 * The editors' fact work: the list (with when each was checked and is due), one fact, saving a
 * revision and the history. Handlers only translate HTTP; this decides. No AWS here. Publishing a
 * fact goes through the one publication (POST /api/moderation/publish), like articles.
 */
import type { VerifiedEditor } from '../shared/auth.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { AppError, NotFoundError } from '../shared/errors.ts';
import { requireNationalFigures } from '../shared/national-figures.ts';
import type { FactStorage } from '../shared/storage/index.ts';
import { factSchemaOf, isKommuneFact, KOMMUNE_FACT, summaryOf, type Fact } from '../../src/core/facts/facts.ts';
import { checkFact, type FactProblem } from '../../src/core/facts/problems.ts';
import type { FactListItem, FactRevision } from '../../src/core/facts/types.ts';
import { factText } from '../../src/core/text/facts.ts';
import type { SeedFacts } from '../../src/core/facts/facts.ts';
import type { SaveFactRequest } from './fact-request.ts';

/**
 * The facts desk's context: the seed files of the kommune (in a book, the request's kommune), the
 * storage of its own facts and that of the national figures – the same storage for a kommune on
 * its own, the book's (one for every kommune) in a book.
 */
export type FactsContext = AppContext & { seed: SeedFacts; facts: FactStorage; nationalFacts: FactStorage };

/** Where a fact's revisions are kept: the kommune's own storage, or the national figures'. */
const storageOf = (ctx: FactsContext, fact: Pick<Fact, 'kind'>): FactStorage => (isKommuneFact(fact.kind) ? ctx.facts : ctx.nationalFacts);

/** A value that breaks its fact's schema: 400 `{ error: "invalid-fact", fields: [{ path, message }] }`, as the contract says. */
export class InvalidFactError extends AppError {
  constructor(fields: readonly FactProblem[]) {
    super(400, 'invalid-fact', factText('error.invalidFact'), { body: { error: 'invalid-fact', fields } });
  }
}

function seedFact(ctx: FactsContext, id: string): Fact {
  const fact = ctx.seed.facts.find((candidate) => candidate.id === id);
  if (!fact) throw new NotFoundError(factText('error.factNotFound'));
  return fact;
}

/** Every fact, with the newest saved value's title and review dates (the seed's for facts never saved). */
export async function listFacts(ctx: FactsContext): Promise<FactListItem[]> {
  const storages = new Set([ctx.facts, ctx.nationalFacts]);
  const heads = new Map((await Promise.all([...storages].map((storage) => storage.listFactHeads()))).flat().map((head) => [head.id, head]));
  return ctx.seed.facts.map((fact) => {
    const head = heads.get(fact.id);
    const summary = head ?? summaryOf(fact, ctx.seed.kommuneTitle);
    return {
      id: fact.id,
      kind: fact.kind,
      title: summary.title,
      lastChecked: summary.lastChecked ?? null,
      reviewDue: summary.reviewDue ?? null,
      version: head?.version ?? 0,
    };
  });
}

/** The newest value of a fact (a revision, or the seed with version 0), or revision `version` when asked (0: the seed). */
export async function getFact(
  ctx: FactsContext,
  id: string,
  version?: number,
): Promise<{ id: string; kind: Fact['kind']; version: number; value: Record<string, unknown> }> {
  const fact = seedFact(ctx, id);
  if (version === 0) return { id, kind: fact.kind, version: 0, value: fact.value };
  const storage = storageOf(ctx, fact);
  if (version !== undefined) {
    const revision = await storage.getFactRevision(id, version);
    if (!revision) throw new NotFoundError(factText('error.revisionNotFound'));
    return { id, kind: fact.kind, version, value: revision.value };
  }
  const head = await storage.getFactHead(id);
  return head
    ? { id, kind: fact.kind, version: head.version, value: head.latest.value }
    : { id, kind: fact.kind, version: 0, value: fact.value };
}

/** Problems only the whole book can see: a service asked for through another must name one with its own number. */
function bookProblems(ctx: FactsContext, fact: Fact, value: Record<string, unknown>): FactProblem[] {
  const askVia = value.askVia;
  if (fact.kind === 'national' || fact.id === KOMMUNE_FACT || typeof askVia !== 'string') return [];
  const department = ctx.seed.facts.find(
    (candidate) => candidate.id === askVia && candidate.kind === 'service' && candidate.id !== fact.id,
  );
  return department && typeof department.value.phone === 'string' ? [] : [{ path: 'askVia', message: factText('error.askVia') }];
}

/**
 * Saves a revision of a fact. Throws NotFoundError for an unknown fact or restored version,
 * InvalidFactError (nothing stored) with a message per field when the value breaks the fact's
 * schema, and VersionConflictError when `version` is no longer the newest.
 */
export async function saveFact(
  ctx: FactsContext,
  editor: VerifiedEditor,
  id: string,
  request: SaveFactRequest,
): Promise<{ id: string; version: number }> {
  const fact = seedFact(ctx, id);
  if (!isKommuneFact(fact.kind)) requireNationalFigures(editor, ctx);
  const storage = storageOf(ctx, fact);
  const checked = checkFact(factSchemaOf(fact), request.value);
  const problems = checked.ok ? bookProblems(ctx, fact, checked.value) : checked.problems;
  if (!checked.ok || problems.length > 0) throw new InvalidFactError(problems);
  if (request.restoredFrom !== undefined && !(await storage.getFactRevision(id, request.restoredFrom))) {
    throw new NotFoundError(factText('error.revisionNotFound'));
  }
  const summary = summaryOf({ ...fact, value: checked.value }, ctx.seed.kommuneTitle);
  const revision = await storage.saveFactRevision({
    id,
    expectedVersion: request.version,
    value: checked.value,
    actor: editor.name,
    facts: {
      kind: fact.kind,
      title: summary.title,
      ...(summary.lastChecked ? { lastChecked: summary.lastChecked } : {}),
      ...(summary.reviewDue ? { reviewDue: summary.reviewDue } : {}),
    },
    ...(request.note !== undefined ? { note: request.note.trim() } : {}),
    ...(request.restoredFrom !== undefined ? { restoredFrom: request.restoredFrom } : {}),
  });
  return { id, version: revision.version };
}

/** Every saved revision of a fact, newest first, and which one readers see. */
export async function listFactRevisions(ctx: FactsContext, id: string): Promise<{ items: FactRevision[]; liveVersion: number }> {
  const storage = storageOf(ctx, seedFact(ctx, id));
  const [items, head] = await Promise.all([storage.listFactRevisions(id), storage.getFactHead(id)]);
  return { items, liveVersion: head?.liveVersion ?? 0 };
}
