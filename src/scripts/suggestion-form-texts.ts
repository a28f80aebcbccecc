/** What the suggestion form's script says, taken from the catalogue by the page and passed as data. */
export interface SuggestionFormTexts {
  sending: string;
  /** The draft is kept in the browser. */
  kept: string;
  /** Try again later (and, when the kommune has a switchboard, call it). */
  tryLater: string;
  serverError: string;
  offline: string;
}
