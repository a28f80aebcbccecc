/**
 * What /svar-pa-forslag/ may show of a suggestion. An explicit allow-list: contact data lives in
 * its own item and never reaches this code, and nothing else added to a suggestion later leaks by
 * default. The sender's own words (text and heading) are shown only when they agreed to it, and
 * then as the editors' redacted version when there is one.
 */
import type { PublicAnswer, Suggestion } from '../../src/core/suggestions/types.ts';

export function toPublicAnswer(suggestion: Suggestion): PublicAnswer {
  return {
    id: suggestion.id,
    kind: suggestion.kind,
    status: suggestion.status,
    ...wordsShown(suggestion),
    ...(suggestion.topic !== undefined ? { topic: suggestion.topic } : {}),
    ...(suggestion.source.type === 'council' ? { council: suggestion.source.councilName } : {}),
    ...(suggestion.publicAnswer !== undefined ? { answer: suggestion.publicAnswer } : {}),
    createdAt: suggestion.createdAt,
    ...(suggestion.answeredAt !== undefined ? { answeredAt: suggestion.answeredAt } : {}),
    ...(suggestion.publishedPage !== undefined ? { changedPage: suggestion.publishedPage } : {}),
  };
}

/** The sender's words the public may read: none without consent; the redacted version, without the heading, when there is one. */
function wordsShown(suggestion: Suggestion): { title?: string; text?: string } {
  if (suggestion.publishText !== true) return {};
  if (suggestion.publicText !== undefined) return { text: suggestion.publicText };
  return { ...(suggestion.title !== undefined ? { title: suggestion.title } : {}), text: suggestion.text };
}
