import type { FollowStage } from '../core/suggestions/public-status.ts';
import type { SuggestionKind } from '../core/suggestions/statuses.ts';

/** The texts /rad/ hands its script as data, so the bundle carries none of the catalogue. */
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

/** The texts of the review part of /rad/. */
export type CouncilReviewTexts = {
  heading: string;
  none: string;
  deadline: string;
  open: string;
  recommended: string;
  hadRemarks: string;
  read: string;
  readAnswered: string;
  loading: string;
  failed: string;
  viewHeading: string;
  viewIntro: string;
  newPage: string;
  added: string;
  removed: string;
  legend: string;
  recommend: string;
  remarks: string;
  sending: string;
  sent: string;
  sendFailed: string;
  given: string;
  summary: string;
};
