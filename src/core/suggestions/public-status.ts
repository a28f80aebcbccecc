/**
 * What anyone holding a reference may learn about a suggestion: an explicit allow-list, so text,
 * title and contact data (and anything added to suggestions later) never reach it.
 */
import { paths } from '../paths.ts';
import type { Suggestion } from './types.ts';

export type PublicStatus = {
  reference: string;
  status: Suggestion['status'];
  kind: Suggestion['kind'];
  createdAt: string;
  /** The editors' answer, once given and marked public (references are sequential, so anyone can try one). */
  answer?: string;
  /** The changed page, once the change is published. */
  page?: string;
};

export function toPublicStatus(suggestion: Suggestion & { reference: string }): PublicStatus {
  return {
    reference: suggestion.reference,
    status: suggestion.status,
    kind: suggestion.kind,
    createdAt: suggestion.createdAt,
    ...(suggestion.public && suggestion.publicAnswer !== undefined ? { answer: suggestion.publicAnswer } : {}),
    ...(suggestion.status === 'published' && suggestion.publishedPage !== undefined
      ? { page: paths.article(suggestion.publishedPage) }
      : {}),
  };
}

/** The plain words a reader sees for a status («Mottatt», «Under behandling», …). */
export type FollowStage = 'received' | 'in-progress' | 'published' | 'answered' | 'declined';

/** `changesAPage`: a published suggestion changed an article (else it was answered). */
export function followStage(status: Suggestion['status'], changesAPage: boolean): FollowStage {
  switch (status) {
    case 'new':
      return 'received';
    case 'in-review':
    case 'accepted':
      return 'in-progress';
    case 'published':
      return changesAPage ? 'published' : 'answered';
    case 'rejected':
    case 'duplicate':
      return 'declined';
  }
}
