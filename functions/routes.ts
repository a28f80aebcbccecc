/**
 * The single list of API routes, as plain data. The local server routes from it; infra creates one Lambda per
 * entry (handler = entry file relative to functions/, exporting `handler` and `run`) and grants
 * it exactly `dynamodb` on the table (and on its indexes when the route queries one).
 */
import { SEARCH_SITE_FILES } from './search/site-files.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type DynamoAction = 'dynamodb:GetItem' | 'dynamodb:PutItem' | 'dynamodb:UpdateItem' | 'dynamodb:DeleteItem' | 'dynamodb:Query';

export type Route = {
  method: HttpMethod;
  /** As in API Gateway, e.g. '/api/moderation/suggestions/{id}'. */
  path: string;
  /** Entry file relative to functions/. */
  handler: string;
  /** 'editor' routes sit behind the JWT authorizer in AWS and verify the token themselves too. */
  auth: 'public' | 'editor' | 'council';
  dynamodb: readonly DynamoAction[];
  /** True when the route reads a secondary index (grant on `<table>/index/*` as well). */
  usesIndexes: boolean;
  /** True when the function sends e-mail: infra grants it ses:SendEmail on the configured identity only. */
  sendsMail?: boolean;
  /** Files of the built site (paths inside dist/) the function reads at run time; infra copies them into its bundle. */
  siteFiles?: readonly string[];
  /** The function answers with a page drawn by the server renderer (src/pages/rendered/); infra copies the renderer into its bundle. */
  rendersPages?: true;
  /** What the route may do with the publishing build project: start a build. */
  buildService?: 'codebuild:StartBuild';
};

export const routes = [
  {
    method: 'POST',
    path: '/api/suggestions',
    handler: 'suggestions/handler.ts',
    auth: 'public',
    // GetItem: idempotent replay, council code lookup and rate counters; UpdateItem: hourly rate counters (wrong
    // council codes too), the year's reference counter and keeping the contact; PutItem: the reference, the
    // suggestion and its contact item.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/feedback',
    handler: 'feedback/handler.ts',
    auth: 'public',
    // PutItem: the answer; UpdateItem: the page's Ja/Nei counters, and the day's for the insight.
    dynamodb: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/orders',
    handler: 'orders/handler.ts',
    auth: 'public',
    // «Bestill boka i posten». GetItem: a repeated request and the rate counters; UpdateItem: the hourly rate
    // counter; PutItem: the order and the note that tells the editors. The form comes back drawn by the server renderer.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
    rendersPages: true,
  },
  {
    method: 'GET',
    path: '/api/health',
    handler: 'health/handler.ts',
    auth: 'public',
    dynamodb: ['dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/sok',
    handler: 'search/handler.ts',
    auth: 'public',
    // The results page without JavaScript: searches the built alias index, drawn by the server renderer; UpdateItem: the
    // insight's counts of the day and of the question (so CloudFront never caches it).
    dynamodb: ['dynamodb:UpdateItem'],
    usesIndexes: false,
    siteFiles: Object.values(SEARCH_SITE_FILES),
    rendersPages: true,
  },
  {
    method: 'GET',
    path: '/api/public/answers',
    handler: 'public-answers/handler.ts',
    auth: 'public',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: true,
  },
  {
    method: 'GET',
    path: '/api/public/suggestions/{reference}',
    handler: 'follow/handler.ts',
    auth: 'public',
    // UpdateItem: the hourly rate counter; GetItem: the reference and its suggestion.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/foresla/takk',
    handler: 'suggestions/thanks-page-handler.ts',
    auth: 'public',
    // The thank-you page for the suggestion the form's 303 names by id. Query: the suggestion and whether it has
    // an e-mail address or a phone number (never shown). The contact TTL a closed suggestion may lack is left to
    // the editors' reads.
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
    rendersPages: true,
  },
  {
    method: 'GET',
    path: '/api/folg',
    handler: 'follow/page-handler.ts',
    auth: 'public',
    // «Følg forslaget» without JavaScript; the same reads as the JSON route above.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
    rendersPages: true,
  },
  // Insight (issue 27): counts, never people. Readers' searches and opened results are counted per day.
  {
    method: 'POST',
    path: '/api/insight/search',
    handler: 'insight/handlers/count-search.ts',
    auth: 'public',
    // GetItem: the hourly rate counter of the hour before; UpdateItem: this hour's, and the counts of the day and the question.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  // Councils (issue 13): the council code in `Authorization: Council <code>`, checked by the function. Every route
  // that checks a code also reads (GetItem) and counts (UpdateItem) the wrong-code counters of the client and the
  // code's prefix (functions/shared/council-code-guesses.ts), as POST /api/suggestions does for `councilCode`.
  {
    method: 'GET',
    path: '/api/council/suggestions',
    handler: 'councils/handlers/list-suggestions.ts',
    auth: 'council',
    // GetItem: the code and the council; Query: the status index filtered to the council.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: true,
  },
  {
    method: 'GET',
    path: '/api/council/insight',
    handler: 'insight/handlers/council-insight.ts',
    auth: 'council',
    // GetItem: the code and the council; Query: the month's counts and the article heads (titles).
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/council/page',
    handler: 'reviews/handlers/council-page-list.ts',
    auth: 'council',
    // The councils' page without JavaScript: the code comes in the form body, not a header (so do the two
    // routes below). The reads of
    // GET /api/council/suggestions and GET /api/council/reviews: GetItem: the code and the council;
    // Query: the status index filtered to the council, and the council's review requests.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: true,
    rendersPages: true,
  },
  {
    method: 'POST',
    path: '/api/council/page/review',
    handler: 'reviews/handlers/council-page-review.ts',
    auth: 'council',
    // One text under review without JavaScript; the reads of GET /api/council/reviews/{id}.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
    rendersPages: true,
  },
  {
    method: 'POST',
    path: '/api/council/page/statement',
    handler: 'reviews/handlers/council-page-statement.ts',
    auth: 'council',
    // The statement without JavaScript: GetItem: the code, the council, the request, the head and the
    // revisions (the text is shown again); Query: the council's requests about the article (a newer version?);
    // UpdateItem: the statement (changed until the text is published) and the mail's outcome; PutItem: the
    // editors' e-mail. Sends it.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    usesIndexes: false,
    sendsMail: true,
    rendersPages: true,
  },
  // Editors (issue 6). Every one verifies the bearer token itself: 401 without a valid one, 403 without the editor group.
  {
    method: 'GET',
    path: '/api/moderation/suggestions',
    handler: 'editors/handlers/list-suggestions.ts',
    auth: 'editor',
    // Query: the status index; GetItem: a reference searched for and its suggestion.
    dynamodb: ['dynamodb:Query', 'dynamodb:GetItem'],
    usesIndexes: true,
  },
  {
    method: 'POST',
    path: '/api/moderation/suggestions',
    handler: 'suggestions/handlers/register-suggestion.ts',
    auth: 'editor',
    // GetItem: the council; UpdateItem: the year's reference counter; PutItem: reference, suggestion, contact.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/counts',
    handler: 'editors/handlers/count-suggestions.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: true,
  },
  {
    method: 'GET',
    path: '/api/moderation/suggestions/{id}',
    handler: 'editors/handlers/get-suggestion.ts',
    auth: 'editor',
    // Query: the suggestion, its contact item and history; UpdateItem: a closed suggestion's contact TTL if it was missed.
    dynamodb: ['dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'PATCH',
    path: '/api/moderation/suggestions/{id}',
    handler: 'editors/handlers/update-suggestion.ts',
    auth: 'editor',
    // GetItem: current version and the council; PutItem: history entry and outbox mail; UpdateItem: the versioned
    // change, contact TTL and the mail's outcome; Query: the answer. Sends e-mail (ses:SendEmail) when one is due.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
    usesIndexes: false,
    sendsMail: true,
  },
  {
    method: 'DELETE',
    path: '/api/moderation/suggestions/{id}/contact',
    handler: 'editors/handlers/erase-contact.ts',
    auth: 'editor',
    // DeleteItem: the contact item; GetItem/PutItem/UpdateItem: the versioned "erased" history entry.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/suggestions/{id}/draft',
    handler: 'editors/handlers/draft-suggestion.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/suggestions/{id}/archive',
    handler: 'editors/handlers/archive-suggestion.ts',
    auth: 'editor',
    // Query: the suggestion, its contact item and history; UpdateItem: a closed suggestion's contact TTL if it was missed.
    dynamodb: ['dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/export',
    handler: 'editors/handlers/export-suggestions.ts',
    auth: 'editor',
    // Query: the queue (index) and, when contact data is ticked, each suggestion; UpdateItem: missed contact TTLs.
    dynamodb: ['dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: true,
  },
  {
    method: 'GET',
    path: '/api/moderation/councils',
    handler: 'councils/handlers/list-councils.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/councils',
    handler: 'councils/handlers/create-council.ts',
    auth: 'editor',
    // PutItem: the code item (by hash) and the council item.
    dynamodb: ['dynamodb:PutItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/councils/{id}/code',
    handler: 'councils/handlers/new-council-code.ts',
    auth: 'editor',
    // GetItem: the council; PutItem: the new code item; UpdateItem: the council and the old code's revocation.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'DELETE',
    path: '/api/moderation/councils/{id}/code',
    handler: 'councils/handlers/revoke-council.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'PATCH',
    path: '/api/moderation/councils/{id}',
    handler: 'councils/handlers/update-council.ts',
    auth: 'editor',
    // UpdateItem: the council's contact e-mail.
    dynamodb: ['dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/orders',
    handler: 'orders/handlers/list-orders.ts',
    auth: 'editor',
    // The waiting or sent orders, newest first, from the status index.
    dynamodb: ['dynamodb:Query'],
    usesIndexes: true,
  },
  {
    method: 'POST',
    path: '/api/moderation/orders',
    handler: 'orders/handlers/register-order.ts',
    auth: 'editor',
    // PutItem: the order and the note that tells the editors' mailbox.
    dynamodb: ['dynamodb:PutItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/orders/{id}/sent',
    handler: 'orders/handlers/mark-sent.ts',
    auth: 'editor',
    // UpdateItem: «Merk som sendt», erasing the name and address; GetItem: whether a refused one was sent already.
    dynamodb: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/mail',
    handler: 'editors/handlers/list-mail.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/feedback',
    handler: 'feedback/handlers/feedback-pages.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/feedback/page',
    handler: 'feedback/handlers/page-feedback.ts',
    auth: 'editor',
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'PATCH',
    path: '/api/moderation/feedback/entry',
    handler: 'feedback/handlers/handle-feedback.ts',
    auth: 'editor',
    // UpdateItem: the answer's «handled» mark.
    dynamodb: ['dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/insight',
    handler: 'insight/handlers/report.ts',
    auth: 'editor',
    // Query: the period's daily counts (searches, days, pages), the article heads (titles, review dates) and the
    // suggestions created in the period (the status index, by its sort key).
    dynamodb: ['dynamodb:Query'],
    usesIndexes: true,
  },
  {
    method: 'GET',
    path: '/api/moderation/insight/weeks',
    handler: 'insight/handlers/weeks.ts',
    auth: 'editor',
    // Query: the period's daily totals.
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/insight/digest',
    handler: 'insight/handlers/send-digests.ts',
    auth: 'editor',
    // «Send nå»: Query: the councils, the month's counts and the article heads (titles); PutItem: each council's
    // e-mail, once per month (conditional); UpdateItem: the mail's outcome. Sends them.
    dynamodb: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
    sendsMail: true,
  },
  // Articles (issue 12): editors edit, check and publish; the git book comes bundled (functions/generated/book.json).
  {
    method: 'GET',
    path: '/api/moderation/articles',
    handler: 'articles/handlers/list-articles.ts',
    auth: 'editor',
    // Query: the heads of every article with revisions. In a nynorsk kommune also the bokmål heads, the
    // «Nynorsk må oppdaterast» items and a bokmål article's revisions (the diff); GetItem: the live bokmål revisions.
    dynamodb: ['dynamodb:Query', 'dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/articles/preview',
    handler: 'articles/handlers/preview-article.ts',
    auth: 'editor',
    // The editors' preview: the text drawn by the server renderer as readers would see it; no table.
    dynamodb: [],
    usesIndexes: false,
    rendersPages: true,
  },
  {
    method: 'GET',
    path: '/api/moderation/articles/{slug}',
    handler: 'articles/handlers/get-article.ts',
    auth: 'editor',
    // GetItem: the head or a revision. In a nynorsk kommune also the live bokmål text, and Query: the bokmål
    // revisions, to find the version the nynorsk follows (the diff).
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'PUT',
    path: '/api/moderation/articles/{slug}',
    handler: 'articles/handlers/save-article.ts',
    auth: 'editor',
    // Query: the heads (the book the draft is linted against); GetItem: head, newest revisions, linked suggestion;
    // PutItem: the versioned head and the revision item. In a nynorsk kommune, with «Oppdatert etter
    // bokmålsteksten», GetItem: the live bokmål text; DeleteItem: its «Nynorsk må oppdaterast» item.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:DeleteItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/articles/{slug}/revisions',
    handler: 'articles/handlers/list-revisions.ts',
    auth: 'editor',
    // Query: the revision items; GetItem: the head, whose newest revision may not be written out yet.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/moderation/publish',
    handler: 'articles/handlers/publish.ts',
    auth: 'editor',
    // Query: the heads and reviews (the book the revisions are checked against; open rounds ask «Publisere
    // likevel?»); GetItem: revisions, a repeated publication, the pending set, the queue and the waiting
    // publications; PutItem: the publication, the pending set and a build; UpdateItem: the queue (waiting set,
    // claim, release) and the build's and publications' stages.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
    usesIndexes: false,
    buildService: 'codebuild:StartBuild',
  },
  {
    method: 'GET',
    path: '/api/moderation/publish/{id}',
    handler: 'articles/handlers/publication-status.ts',
    auth: 'editor',
    // GetItem: the publication. Only reads: the build moves publications on (publishingTasks.buildEvents).
    dynamodb: ['dynamodb:GetItem'],
    usesIndexes: false,
  },
  // A kommune's own articles (issue 28), in a book of several kommuner: the request's kommune (?kommune=) only, under
  // keys that carry it (OWNARTICLES#<kommune>); routes of their own, so the national article routes keep their grants.
  // Read through GET /api/moderation/articles?own[=<slug>] and published with POST /api/moderation/publish and
  // `ownArticles`: one route of their own only, as a kommune's stack is near CloudFormation's 500 resources.
  {
    method: 'PUT',
    path: '/api/moderation/own-articles/{slug}',
    handler: 'articles/handlers/save-own-article.ts',
    auth: 'editor',
    // Query: the national and the kommune's own heads (taken addresses, the book the draft is linted against);
    // GetItem: their newest revisions and the head; PutItem: the versioned head and the revision item.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    usesIndexes: false,
  },
  // Facts (issue 23): the kommune's facts as versioned content, edited on the facts desk and published with the articles.
  {
    method: 'GET',
    path: '/api/moderation/facts',
    handler: 'facts/handlers/list-facts.ts',
    auth: 'editor',
    // Query: the heads of every fact with revisions (the rest come from the bundled seed).
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/facts/{id}',
    handler: 'facts/handlers/get-fact.ts',
    auth: 'editor',
    // GetItem: the head (newest value) or a revision.
    dynamodb: ['dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'PUT',
    path: '/api/moderation/facts/{id}',
    handler: 'facts/handlers/save-fact.ts',
    auth: 'editor',
    // GetItem: the head and a restored revision; PutItem: the versioned head and the revision item.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/facts/{id}/revisions',
    handler: 'facts/handlers/list-fact-revisions.ts',
    auth: 'editor',
    // Query: the revision items; GetItem: the head, whose newest revision may not be written out yet.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query'],
    usesIndexes: false,
  },
  // Local parts (issue 28): in a book of several kommuner, the request's kommune writes its own paragraphs in the
  // national articles' named slots, kept under its own keys and published to its pages only. 404 outside a book.
  {
    method: 'GET',
    path: '/api/moderation/local-parts',
    handler: 'local-parts/handlers/list-local-parts.ts',
    auth: 'editor',
    // The list, or one slot with its versions (`?slug=…&slot=…`). Query: the article heads (the live national text,
    // whose slots are listed), the kommune's local part heads and one part's revision items; GetItem: the live
    // article revisions and each saved part's head (its newest text).
    dynamodb: ['dynamodb:Query', 'dynamodb:GetItem'],
    usesIndexes: false,
  },
  {
    method: 'PUT',
    path: '/api/moderation/local-parts/{slug}/{slot}',
    handler: 'local-parts/handlers/save-local-part.ts',
    auth: 'editor',
    // Query: the article heads (is the slot in the live text?); GetItem: the live article revisions and the part's
    // head; PutItem: the versioned head and the revision item.
    dynamodb: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem'],
    usesIndexes: false,
  },
  // Review rounds (issue 13): editors send a saved revision to councils; councils answer with their code.
  {
    method: 'POST',
    path: '/api/moderation/articles/{slug}/reviews',
    handler: 'reviews/handlers/request-reviews.ts',
    auth: 'editor',
    // GetItem: the revision (or its head), the councils, the linked suggestion (the reason) and an earlier request;
    // PutItem: one request per council and outbox mail; UpdateItem: a moved deadline and the mail's outcome.
    // Sends the «bedt om uttalelse» and «ny svarfrist» e-mails.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    usesIndexes: false,
    sendsMail: true,
  },
  {
    method: 'GET',
    path: '/api/moderation/articles/{slug}/reviews',
    handler: 'reviews/handlers/list-article-reviews.ts',
    auth: 'editor',
    // Query: the article's requests and statements.
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'PATCH',
    path: '/api/moderation/articles/{slug}/reviews/{id}',
    handler: 'reviews/handlers/show-statement.ts',
    auth: 'editor',
    // UpdateItem: the statement's «show on the page» flag, and when an editor last opened the round.
    dynamodb: ['dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/moderation/reviews',
    handler: 'reviews/handlers/review-news.ts',
    auth: 'editor',
    // Query: every review round (a handful a year), for those with news: a statement, a deadline passed.
    dynamodb: ['dynamodb:Query'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/council/reviews',
    handler: 'reviews/handlers/council-list.ts',
    auth: 'council',
    // GetItem: the code and the council; Query: the requests, filtered to the council.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'GET',
    path: '/api/council/reviews/{id}',
    handler: 'reviews/handlers/council-get.ts',
    auth: 'council',
    // GetItem: the code, the council, the request, the head and the revisions; Query: the council's requests about
    // the article.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    usesIndexes: false,
  },
  {
    method: 'POST',
    path: '/api/council/reviews/{id}/statement',
    handler: 'reviews/handlers/council-state.ts',
    auth: 'council',
    // GetItem: the code, the council and the request; Query: the council's requests about the article (a newer
    // version?); UpdateItem: the statement (changed until the text is published) and the mail's outcome;
    // PutItem: the editors' e-mail. Sends it.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    usesIndexes: false,
    sendsMail: true,
  },
] as const satisfies readonly Route[];

/**
 * The scheduled mail run (not an HTTP route, functions/mail/schedule.ts): sends due receipts, the
 * review rounds' reminders and notices, and tries unsent e-mail again. Every minute, so a receipt
 * arrives within a minute of sending.
 */
export const mailRetry = {
  handler: 'mail/retry-handler.ts',
  /** Minutes between runs. */
  everyMinutes: 1,
  // Query: the due receipts and order notices, each suggestion with its contact, the review rounds, the pending
  // mail; GetItem: the councils reminded and the orders told of; PutItem: the queued mail; DeleteItem: the receipt
  // and order notes handled; UpdateItem: the rounds' reminder claims and each attempt's outcome.
  dynamodb: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
} as const satisfies { handler: string; everyMinutes: number; dynamodb: readonly DynamoAction[] };

/**
 * The monthly e-mail to the councils (not an HTTP route, functions/insight/digest.ts): on the 1st of
 * each month at `hour` o'clock Norwegian time (EventBridge Scheduler; locally the server's timer), the
 * calendar month before, once per council and month.
 */
export const insightDigest = {
  handler: 'insight/handlers/monthly-digest.ts',
  /** The hour of the 1st it is sent, in Europe/Oslo. */
  hour: 8,
  // Query: the councils, the month's counts and the article heads; PutItem: each council's e-mail (conditional,
  // once per month); UpdateItem: the mail's outcome.
  dynamodb: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  sendsMail: true,
} as const satisfies { handler: string; hour: number; dynamodb: readonly DynamoAction[]; sendsMail: true };

/**
 * The publishing functions that serve no route (functions/publishing/handlers/), each granted
 * exactly these table actions and `codebuild:StartBuild` on the publication build project.
 */
export const publishingTasks = {
  /** EventBridge: every phase and state change of the publication build → reportBuild. */
  buildEvents: {
    handler: 'publishing/handlers/build-events.ts',
    // GetItem: the build, publications, revisions, suggestions, councils and the queue; Query: heads, revisions, a
    // published suggestion's detail and the articles' review rounds; UpdateItem: stages, the queue, live versions,
    // suggestions, the review rounds it ends and the mails' outcome; PutItem: the next build, suggestions' history
    // entries and outbox mail. Sends the «publisert» e-mails, to citizens and to the councils asked about the text.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
    sendsMail: true,
  },
  /** EventBridge Scheduler: the publishing clock (tickPublishing). */
  clock: {
    handler: 'publishing/handlers/clock.ts',
    everyMinutes: 1,
    // Query: due schedules; GetItem: the queue, builds and publications; PutItem: a scheduled publication and builds;
    // UpdateItem: the queue, stages and the schedule's start.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
  },
  /** A CloudFormation custom resource: a deploy that changed the site code asks for a publication build. */
  afterDeploy: {
    handler: 'publishing/handlers/after-deploy.ts',
    // PutItem: the publication and a build; GetItem: the queue and publications; UpdateItem: the queue and stages.
    dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  },
} as const satisfies Record<string, { handler: string; dynamodb: readonly DynamoAction[]; sendsMail?: boolean; everyMinutes?: number }>;

/**
 * The publication build (CodeBuild): it only reads, and only the partitions of the book – never a
 * suggestion or its contact data (SUGGESTION#…). In AWS its role's table access is limited to these
 * partition keys (IAM dynamodb:LeadingKeys, wildcards as in StringLike).
 */
export const publicationBuild = {
  dynamodb: ['dynamodb:GetItem', 'dynamodb:Query'],
  partitions: [
    'ARTICLES',
    'ARTICLES#*',
    'ARTICLE#*',
    'REVIEWS',
    'KOMMUNE#*#REVIEWS',
    'PUBLISHING',
    'FACTS',
    'FACT#*',
    'KOMMUNE#*#FACTS',
    'KOMMUNE#*#FACT#*',
    'LOCALPARTS#*',
    'LOCAL#*',
    'OWNARTICLES#*',
    'OWNARTICLE#*',
  ],
} as const satisfies { dynamodb: readonly DynamoAction[]; partitions: readonly string[] };

/** API Gateway style route key, e.g. "POST /api/suggestions". */
export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
