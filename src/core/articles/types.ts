/** What editors and the publisher see of articles, revisions and publications. Key attributes never leave storage. */
import type { ListedFields } from './model.ts';
import type { TranslationState } from './translation.ts';
import type { ArticleProblem } from './safe-mdx.ts';
import type { PublicationStage, PublicationStatus } from '../publishing/stages.ts';

/** One saved state of an article's MDX file; kept for good, never rewritten. */
export type ArticleRevision = {
  slug: string;
  /** 1 for the first revision saved in the store; every save adds 1. */
  version: number;
  /** The whole MDX file: frontmatter and body. */
  source: string;
  /** Editor's name. */
  actor: string;
  at: string;
  note?: string;
  /** The suggestion this revision answers; it reaches «Publisert» when the revision is live. */
  suggestionId?: string;
  /** Set when this revision restores an older one. */
  restoredFrom?: number;
  /** Set when this revision retires the article: its address then leads to this article. */
  retiredBy?: string;
};

/** The article as the list shows it: the fields the model shows in 'list' and its versions; `version` 0 means only the git text exists. */
export type ArticleSummary = ListedFields & {
  slug: string;
  version: number;
  /** True when the newest revision is not the one readers see. */
  draft: boolean;
  /** The version readers see; 0 when readers see the git text. */
  liveVersion: number;
  retiredBy?: string;
  /** In a nynorsk kommune's list: whether the nynorsk text follows the bokmål readers get now. */
  translation?: TranslationStatus;
};

/** A nynorsk text against the bokmål readers get now. */
export type TranslationStatus = {
  state: TranslationState;
  /** The bokmål text's version now: git's blob hash of it. */
  bokmalVersion: string;
  /** When `older`: the bokmål's changes since the version the nynorsk follows, as HTML (diffHtml), if that version is known. */
  diff?: string;
};

/** «Nynorsk må oppdaterast»: a bokmål change readers got that the nynorsk text has not followed yet. */
export type TranslationDueItem = { slug: string; title: string; version: number; at: string };

export type { PublicationStage, PublicationStatus } from '../publishing/stages.ts';
import type { PublishedItem } from '../publishing/stages.ts';

/** Who made a publication: an editor's «Publiser», a schedule (dated facts, a nightly build) or a deploy of new code. */
export type PublicationReason = 'editor' | 'schedule' | 'deploy';

/** One press of «Publiser» (or a scheduled or deploy build): the revisions it brings out and how far it has come. */
export type Publication = {
  id: string;
  status: PublicationStatus;
  stage: PublicationStage;
  /** The revisions it brings out: of articles (`slug`), of the kommune's facts (`fact`) and of a kommune's local parts (`kommune`, `slug`, `slot`). */
  items: PublishedItem[];
  /** In a book of several kommuner: the kommuner it rebuilds (src/core/publishing/kommuner.ts). Absent for a kommune on its own. */
  kommuner?: string[];
  /** Revisions left out of a default publication, with the reason. */
  skipped: { slug: string; version: number; problems: ArticleProblem[] }[];
  actor: string;
  reason: PublicationReason;
  createdAt: string;
  updatedAt: string;
  /** The build that took it (several publications may share one). */
  buildId?: string;
  /** When readers got the new web pages. */
  siteLiveAt?: string;
  /** When it ended: the book printed, or failed. */
  finishedAt?: string;
  /** Why it failed, or what was left out, in plain Norwegian. */
  message?: string;
};
