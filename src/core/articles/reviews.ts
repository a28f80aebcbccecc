/**
 * Review rounds (uttalelse): an editor sends a saved revision of an article to councils with a
 * deadline; each council answers with a statement. Shared by the functions, the councils' page,
 * the editors' page and the build, which shows «Gjennomgått av …» for recommended live revisions.
 */
import { norwegianIsoDay } from '../norwegian-date.ts';
import type { SuggestionKind } from '../suggestions/statuses.ts';
import { editFrontmatter } from '../frontmatter-fields.ts';

export const REVIEW_VERDICTS = ['recommend', 'remarks'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** Longest statement text, in characters. */
export const STATEMENT_MAX = 4000;

export type ReviewStatement = {
  verdict: ReviewVerdict;
  /** The council's remarks; required with «Vi har merknader». */
  text?: string;
  /** The council's name as it was when it answered: the statement is given in its name. */
  council: string;
  at: string;
};

/** Why the text changed, as the council is told when it is asked: the editor's note and the suggestion it answers. */
export type ReviewReason = {
  /** The editor's «Hva har du endret?» on the revision. */
  note?: string;
  /** The suggestion the revision answers: its reference and kind, and its words only where the sender agreed to show them. */
  suggestion?: { reference?: string; kind: SuggestionKind; text?: string };
};

/** One council's review of one revision; kept for good with the revision's history. */
export type Review = {
  slug: string;
  version: number;
  /** The article's title in that revision. */
  title: string;
  councilId: string;
  councilName: string;
  /** YYYY-MM-DD: the last day the council is asked to answer by. Editors may move it by asking again. */
  deadline: string;
  requestedBy: string;
  requestedAt: string;
  /** When editors last moved the deadline. */
  deadlineChangedAt?: string;
  reason?: ReviewReason;
  /** The council's statement; it may change it until the text is published. */
  statement?: ReviewStatement;
  /** What the council said before it changed its statement, oldest first. */
  earlierStatements?: ReviewStatement[];
  /** An editor chose to show the statement's text on the article page. */
  public: boolean;
  /** When this version, or a later one, went live: the round is over and the statement stays as it is. */
  closedAt?: string;
  /** The version that went live then. */
  publishedVersion?: number;
  /** The reminder before the deadline and the notice that it passed, each sent once per deadline. */
  remindedAt?: string;
  overdueNoticeAt?: string;
  /** When an editor last opened the round; a statement or a passed deadline after it is news for editors. */
  seenAt?: string;
};

/**
 * What a council sees of a request: never other councils' statements, the editors' names or
 * their bookkeeping. `replacedBy` is a newer version the council was asked about since.
 */
export type CouncilReview = Pick<
  Review,
  'slug' | 'version' | 'title' | 'councilName' | 'deadline' | 'requestedAt' | 'reason' | 'statement' | 'public' | 'closedAt'
> & { id: string; replacedBy?: number };

/** «sykehjem.3»: how a council names the revision it reviews (no slug contains a dot). */
export const councilReviewId = (review: Pick<Review, 'slug' | 'version'>): string => `${review.slug}.${review.version}`;

/** «3.<council id>»: how editors name one council's review of an article's revision. */
export const editorReviewId = (review: Pick<Review, 'version' | 'councilId'>): string => `${review.version}.${review.councilId}`;

export function parseCouncilReviewId(id: string): { slug: string; version: number } | undefined {
  const match = /^([a-z0-9-]{1,100})\.(\d{1,6})$/.exec(id);
  return match ? { slug: match[1]!, version: Number(match[2]) } : undefined;
}

export function parseEditorReviewId(id: string): { version: number; councilId: string } | undefined {
  const match = /^(\d{1,6})\.([\w-]{1,64})$/.exec(id);
  return match ? { version: Number(match[1]), councilId: match[2]! } : undefined;
}

/** The council's view of a request, an explicit allow-list; `replacedBy` when it was asked about a newer version since. */
export function toCouncilReview(review: Review, replacedBy?: number): CouncilReview {
  return {
    id: councilReviewId(review),
    slug: review.slug,
    version: review.version,
    title: review.title,
    councilName: review.councilName,
    deadline: review.deadline,
    requestedAt: review.requestedAt,
    ...(review.reason !== undefined ? { reason: review.reason } : {}),
    ...(review.statement !== undefined ? { statement: review.statement } : {}),
    public: review.public,
    ...(review.closedAt !== undefined ? { closedAt: review.closedAt } : {}),
    ...(replacedBy !== undefined ? { replacedBy } : {}),
  };
}

/**
 * The newer version a council was asked about since, for each request in `reviews` (any councils,
 * any articles): «Erstattet av versjon N». Undefined for the newest request of a council and article.
 */
export function replacedBy(reviews: readonly Pick<Review, 'slug' | 'version' | 'councilId'>[]) {
  const key = (review: Pick<Review, 'slug' | 'councilId'>) => `${review.councilId} ${review.slug}`;
  const newest = new Map<string, number>();
  for (const review of reviews) newest.set(key(review), Math.max(newest.get(key(review)) ?? 0, review.version));
  return (review: Pick<Review, 'slug' | 'version' | 'councilId'>): number | undefined => {
    const latest = newest.get(key(review)) ?? review.version;
    return latest > review.version ? latest : undefined;
  };
}

/** A round still waiting for this council: no statement, not published, not replaced by a newer version. */
export const isOpenRound = (review: Review, replacement: number | undefined): boolean =>
  review.statement === undefined && review.closedAt === undefined && replacement === undefined;

/** Days before the deadline the council gets a reminder. */
const REMINDER_DAYS_BEFORE = 2;

/** The day `days` after (or before) a YYYY-MM-DD day. */
const shiftDay = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What a round is owed on `today` (YYYY-MM-DD in Norway): the council's reminder from two days
 * before the deadline (unless it was asked after that, when the request itself was the notice),
 * the editors' notice once the deadline passed unanswered, each once per deadline; or nothing.
 */
export function noticeDue(review: Review, today: string, replacement: number | undefined): 'reminder' | 'overdue' | undefined {
  if (!isOpenRound(review, replacement)) return undefined;
  if (today > review.deadline) return review.overdueNoticeAt === undefined ? 'overdue' : undefined;
  const remindFrom = shiftDay(review.deadline, -REMINDER_DAYS_BEFORE);
  const askedOn = norwegianIsoDay(review.deadlineChangedAt ?? review.requestedAt);
  return today >= remindFrom && askedOn < remindFrom && review.remindedAt === undefined ? 'reminder' : undefined;
}

/**
 * What editors should hear about without looking: a statement that came after they last opened the
 * round, or a deadline that passed unanswered since they last looked.
 */
export function needsEditors(review: Review, today: string, replacement: number | undefined): 'statement' | 'overdue' | undefined {
  const seen = review.seenAt ?? '';
  if (review.statement) return review.closedAt === undefined && review.statement.at > seen ? 'statement' : undefined;
  if (!isOpenRound(review, replacement) || today <= review.deadline) return undefined;
  // The deadline passed at the end of its day: looking on or before it does not count.
  return seen === '' || norwegianIsoDay(seen) <= review.deadline ? 'overdue' : undefined;
}

/** The rounds on an article that «Publiser» should not skip without asking: open ones, about a version not yet live. */
export function openRounds(reviews: readonly Review[], liveVersion: number): Review[] {
  const replacement = replacedBy(reviews);
  return reviews.filter((review) => review.version > liveVersion && isOpenRound(review, replacement(review)));
}

/** One «Gjennomgått av …» line in an article's frontmatter (`councilReviews`, see model.ts). */
export type CouncilReviewEntry = { council: string; date: string; statement?: string };

/** The recommendations of `version`, oldest first; a statement's text only where editors made it public. */
export function recommendationsOf(reviews: readonly Review[], version: number): CouncilReviewEntry[] {
  return reviews
    .filter((review) => review.version === version && review.statement?.verdict === 'recommend')
    .sort((a, b) => a.statement!.at.localeCompare(b.statement!.at))
    .map((review) => ({
      council: review.statement!.council,
      date: norwegianIsoDay(review.statement!.at),
      ...(review.public && review.statement!.text ? { statement: review.statement!.text } : {}),
    }));
}

/**
 * The source with `councilReviews` set to exactly `entries` (removed when there are none): what a
 * revision carries from an earlier reviewed text is not a review of this one.
 */
export function withCouncilReviews(source: string, entries: readonly CouncilReviewEntry[]): string {
  if (entries.length === 0 && !/^councilReviews:/m.test(source)) return source;
  return editFrontmatter(source, { councilReviews: entries.length > 0 ? entries : undefined });
}
