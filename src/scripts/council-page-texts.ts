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
