/**
 * Review rounds (uttalelse): an editor sends a saved revision of an article to councils with a
 * deadline; each council answers with a statement. Shared by the functions, the councils' page,
 * the editors' page and the build, which shows «Gjennomgått av …» for recommended live revisions.
 */
import { norwegianIsoDay } from '../norwegian-date.ts';
import { withFrontmatter } from './overlay-book.ts';

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

/** One council's review of one revision; kept for good with the revision's history. */
export type Review = {
  slug: string;
  version: number;
  /** The article's title in that revision. */
  title: string;
  councilId: string;
  councilName: string;
  /** YYYY-MM-DD: the last day the council is asked to answer by. */
  deadline: string;
  requestedBy: string;
  requestedAt: string;
  statement?: ReviewStatement;
  /** An editor chose to show the statement's text on the article page. */
  public: boolean;
};

/** What a council sees of a request: never other councils' statements or the editors' names. */
export type CouncilReview = Omit<Review, 'councilId' | 'requestedBy'> & { id: string };

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

export function toCouncilReview(review: Review): CouncilReview {
  const { councilId: _councilId, requestedBy: _requestedBy, ...shown } = review;
  return { id: councilReviewId(review), ...shown };
}

/** One «Gjennomgått av …» line in an article's frontmatter (`councilReviews`, see schemas/article.ts). */
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
  return withFrontmatter(source, (document) => {
    if (entries.length > 0) document.set('councilReviews', entries);
    else document.delete('councilReviews');
  });
}
