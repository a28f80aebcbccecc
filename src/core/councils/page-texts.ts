/**
 * The texts of the councils' page /rad/, from the catalogue: the page hands them to its script as
 * data, and POST /api/council/page renders the same list with them for councils without JavaScript.
 */
import site from '../text/nb/site.json' with { type: 'json' };
import suggest from '../text/nb/suggest.json' with { type: 'json' };
import { lookup } from '../text/lookup.ts';
import type { FollowStage } from '../suggestions/public-status.ts';
import { SUGGESTION_KINDS, type SuggestionKind } from '../suggestions/statuses.ts';

const text = lookup(suggest);
const siteText = lookup(site);

export type CouncilPageTexts = {
  loading: string;
  heading: string;
  count: string;
  none: string;
  failed: string;
  sent: string;
  reference: string;
  answer: string;
  pageLink: string;
  kinds: Record<SuggestionKind, string>;
  stages: Record<FollowStage, string>;
};

const REVIEW_KEYS = [
  'heading',
  'none',
  'meta',
  'replaced',
  'replacedHint',
  'published',
  'reasonNote',
  'reasonSuggestion',
  'reasonSuggestionUnnamed',
  'reasonWords',
  'open',
  'recommended',
  'hadRemarks',
  'read',
  'readAnswered',
  'loading',
  'failed',
  'viewHeading',
  'viewIntro',
  'newPage',
  'added',
  'removed',
  'legend',
  'changeLegend',
  'changeHint',
  'closed',
  'recommend',
  'remarks',
  'sending',
  'sent',
  'changed',
  'sendFailed',
  'given',
] as const;

/** The texts of the review part of /rad/; `summary` labels the article's «Kort fortalt», `kinds` name a suggestion's kind. */
export type CouncilReviewTexts = Record<(typeof REVIEW_KEYS)[number], string> & { summary: string; kinds: Record<SuggestionKind, string> };

const kindNames = () =>
  Object.fromEntries(SUGGESTION_KINDS.map((kind) => [kind, text(`answers.kind.${kind}`)])) as Record<SuggestionKind, string>;

export function councilPageTexts(): CouncilPageTexts {
  return {
    loading: text('council.loading'),
    heading: text('council.heading'),
    count: text('council.count'),
    none: text('council.none'),
    failed: text('council.failed'),
    sent: text('council.sent'),
    reference: text('council.reference'),
    answer: text('council.answer'),
    pageLink: text('council.pageLink'),
    kinds: kindNames(),
    stages: {
      received: text('follow.stage.received'),
      'in-progress': text('follow.stage.in-progress'),
      published: text('council.stagePublished'),
      answered: text('follow.stage.answered'),
      declined: text('follow.stage.declined'),
    },
  };
}

export function councilReviewTexts(): CouncilReviewTexts {
  return {
    ...(Object.fromEntries(REVIEW_KEYS.map((key) => [key, text(`council.reviews.${key}`)])) as Record<
      (typeof REVIEW_KEYS)[number],
      string
    >),
    summary: siteText('article.summary'),
    kinds: kindNames(),
  };
}

/** What the page says beside the field when POST /api/council/page gets no code, or gets it in the address. */
export function councilCodeErrors(): { missing: string; inAddress: string } {
  return { missing: text('council.codeMissing'), inAddress: text('council.codeInAddress') };
}
