/**
 * What a council sees of the suggestions it sent: its own words, the status and the editors'
 * answer. An allow-list without contact data or anything editors keep to themselves.
 */
import type { Suggestion } from './types.ts';

export type CouncilSuggestion = {
  reference?: string;
  kind: Suggestion['kind'];
  title?: string;
  text: string;
  topic?: string;
  /** The article page a published revision changed because of it. */
  changedPage?: string;
  status: Suggestion['status'];
  createdAt: string;
  answer?: string;
  answeredAt?: string;
};

export function toCouncilSuggestion(suggestion: Suggestion): CouncilSuggestion {
  return {
    ...(suggestion.reference !== undefined ? { reference: suggestion.reference } : {}),
    kind: suggestion.kind,
    ...(suggestion.title !== undefined ? { title: suggestion.title } : {}),
    text: suggestion.text,
    ...(suggestion.topic !== undefined ? { topic: suggestion.topic } : {}),
    ...(suggestion.publishedPage !== undefined ? { changedPage: suggestion.publishedPage } : {}),
    status: suggestion.status,
    createdAt: suggestion.createdAt,
    ...(suggestion.publicAnswer !== undefined ? { answer: suggestion.publicAnswer } : {}),
    ...(suggestion.answeredAt !== undefined ? { answeredAt: suggestion.answeredAt } : {}),
  };
}
