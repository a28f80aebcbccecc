/**
 * The single-table design. Every key is built here (tableKeys), so the access patterns can be read
 * in one place. The table itself – key schema, indexes, TTL attribute – is the contract in
 * ../table-contract.ts, which infra builds the table from and ensureTable creates it from here.
 *
 * Items marked * belong to one kommune. In a book of several kommuner their partition keys – pk
 * and the index partitions gsi1pk/gsi2pk – start with `KOMMUNE#<kommune id>#` (kommunePartition),
 * e.g. `KOMMUNE#verdal#SUGGESTION#<id>`; the other items are the book's, shared by its kommuner.
 * A kommune on its own has no prefix: its keys are the ones below, as they always were.
 *
 * | item            | pk                     | sk                          | index keys                                  |
 * |-----------------|------------------------|-----------------------------|---------------------------------------------|
 * | suggestion *    | SUGGESTION#<id>        | META                        | gsi1 STATUS#<status> / <createdAt>#<id>     |
 * |                 |                        |                             | gsi2 PUBLIC / <createdAt>#<id> (if public)  |
 * | contact data *  | SUGGESTION#<id>        | CONTACT                     | expiresAt (TTL) while pending or once closed|
 * | history entry * | SUGGESTION#<id>        | HISTORY#<version, 6 digits> |                                             |
 * | reference *     | REFERENCE#<reference>  | META                        | points at the suggestion                    |
 * | ref. counter    | REFERENCES             | YEAR#<year>                 | one for the book: references never repeat   |
 * | council *       | COUNCILS               | COUNCIL#<id>                |                                             |
 * | council code *  | COUNCILCODE#<sha256>   | META                        |                                             |
 * | page summary *  | FEEDBACK               | PAGE#<path>                 |                                             |
 * | page feedback * | PAGE#<path>            | FEEDBACK#<createdAt>#<id>   |                                             |
 * | rate counter    | RATE#<daily client hash>| HOUR#<yyyy-mm-ddThh>       | expiresAt (TTL)                             |
 * | sign-in failures| SIGNIN#<address hash>  | FAILURES                    | expiresAt (TTL); the local sign-in only     |
 * | article head    | ARTICLES               | ARTICLE#<slug>              |                                             |
 * | article revision| ARTICLE#<slug>         | REV#<version, 6 digits>     |                                             |
 * | translation head| ARTICLES#<language>    | ARTICLE#<slug>              | the nynorsk text's own head (language nn)   |
 * | translation rev.| ARTICLE#<language>#<slug> | REV#<version, 6 digits>  |                                             |
 * | translation due | TRANSLATE#<language>   | ARTICLE#<slug>              | «Nynorsk må oppdaterast»: a newer bokmål live|
 * | publication     | PUBLICATION#<id>       | META                        |                                             |
 * | publishing queue| PUBLISHING             | QUEUE                       |                                             |
 * | build           | PUBLISHING             | BUILD#<id>                  |                                             |
 * | pending set     | PUBLISHING             | PENDING#<sha256 of the set> | expiresAt (TTL)                             |
 * | schedule        | PUBLISHING             | SCHEDULE#<at>#<id>          | expiresAt (TTL) once started                |
 * | review request *| REVIEWS                | <slug>#<version, 6 digits>#<council id> |                                 |
 * | fact head *     | FACTS                  | FACT#<id>                   | in a book a national figure's is the book's |
 * | fact revision * | FACT#<id>              | REV#<version, 6 digits>     | (no prefix: live-facts.ts), edited once     |
 * | local part head | LOCALPARTS#<kommune>   | LOCAL#<kommune>#<slug>#<slot> | the kommune is in the key itself          |
 * | local part rev. | LOCAL#<kommune>#<slug>#<slot> | REV#<version, 6 digits> |                                           |
 * | own article head| OWNARTICLES#<kommune>  | ARTICLE#<slug>              | a kommune's own article; the kommune is in the key itself |
 * | own article rev.| OWNARTICLE#<kommune>#<slug> | REV#<version, 6 digits> |                                            |
 * | receipt due *   | RECEIPTS               | SUGGESTION#<id>             | expiresAt (TTL)                             |
 * | e-mail *        | OUTBOX                 | MAIL#<createdAt>#<id>       | expiresAt (TTL) while unsent                |
 * | order *         | ORDER#<id>             | META                        | gsi1 ORDERS#<status> / <createdAt>#<id> (orders.ts) |
 * | order notice *  | ORDER-NOTICES          | ORDER#<id>                  | expiresAt (TTL)                             |
 * | insight counts *| INSIGHT#SEARCHES · INSIGHT#DAYS · INSIGHT#PAGES | DAY#<day>[#<question or page>] | expiresAt (TTL), 13 months (insight.ts) |
 */
import { CreateTableCommand, DescribeTableCommand, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SCHEMA } from '../table-contract.ts';

/** Marks a contact item written before its suggestion: it keeps its TTL until the suggestion exists. */
export const PENDING_ATTRIBUTE = 'pending';

/**
 * A per-kommune item's partition key. In a book of several kommuner it starts with the kommune
 * (`KOMMUNE#verdal#SUGGESTION#<id>`), so one kommune's items can never be read through another's
 * keys; a kommune on its own keeps the bare key, and with it every item it stored before books.
 */
export const kommunePartition = (kommune: string | undefined, partition: string): string =>
  kommune === undefined ? partition : `KOMMUNE#${kommune}#${partition}`;

/**
 * Every key of the table, for one kommune of a book or (no kommune) for a kommune on its own.
 * The kommune's own items go through `own`; what the book shares (articles, translations,
 * publications, local parts, rate counters, sign-in failures, health) keeps one key for all.
 */
export function tableKeys(kommune?: string) {
  const own = (partition: string) => kommunePartition(kommune, partition);
  return {
    kommune,
    suggestion: (id: string) => ({ pk: own(`SUGGESTION#${id}`), sk: 'META' }),
    suggestionPartition: (id: string) => own(`SUGGESTION#${id}`),
    contact: (id: string) => ({ pk: own(`SUGGESTION#${id}`), sk: 'CONTACT' }),
    history: (id: string, version: number) => ({ pk: own(`SUGGESTION#${id}`), sk: `HISTORY#${String(version).padStart(6, '0')}` }),
    statusPartition: (status: string) => own(`STATUS#${status}`),
    publicPartition: own('PUBLIC'),
    newestFirst: (createdAt: string, id: string) => `${createdAt}#${id}`,
    councilsPartition: own('COUNCILS'),
    council: (id: string) => ({ pk: own('COUNCILS'), sk: `COUNCIL#${id}` }),
    councilCode: (codeHash: string) => ({ pk: own(`COUNCILCODE#${codeHash}`), sk: 'META' }),
    feedbackPagesPartition: own('FEEDBACK'),
    feedbackPage: (page: string) => ({ pk: own('FEEDBACK'), sk: `PAGE#${page}` }),
    feedbackPartition: (page: string) => own(`PAGE#${page}`),
    feedback: (page: string, createdAt: string, id: string) => ({ pk: own(`PAGE#${page}`), sk: `FEEDBACK#${createdAt}#${id}` }),
    rate: (clientHash: string, hour: string) => ({ pk: `RATE#${clientHash}`, sk: `HOUR#${hour}` }),
    signInFailures: (addressHash: string) => ({ pk: `SIGNIN#${addressHash}`, sk: 'FAILURES' }),
    health: { pk: 'HEALTH', sk: 'HEALTH' },
    articlesPartition: 'ARTICLES',
    articleHead: (slug: string) => ({ pk: 'ARTICLES', sk: `ARTICLE#${slug}` }),
    articleRevisionPartition: (slug: string) => `ARTICLE#${slug}`,
    articleRevision: (slug: string, version: number) => ({ pk: `ARTICLE#${slug}`, sk: `REV#${String(version).padStart(6, '0')}` }),
    // A translation (the nynorsk text) is versioned like the bokmål article but under keys of its own,
    // so its revisions never mix with the bokmål ones (a slug has no '#').
    translationHeadsPartition: (language: string) => `ARTICLES#${language}`,
    translationHead: (language: string, slug: string) => ({ pk: `ARTICLES#${language}`, sk: `ARTICLE#${slug}` }),
    translationRevisionPartition: (language: string, slug: string) => `ARTICLE#${language}#${slug}`,
    translationRevision: (language: string, slug: string, version: number) => ({
      pk: `ARTICLE#${language}#${slug}`,
      sk: `REV#${String(version).padStart(6, '0')}`,
    }),
    translationDuePartition: (language: string) => `TRANSLATE#${language}`,
    translationDue: (language: string, slug: string) => ({ pk: `TRANSLATE#${language}`, sk: `ARTICLE#${slug}` }),
    publication: (id: string) => ({ pk: `PUBLICATION#${id}`, sk: 'META' }),
    factsPartition: own('FACTS'),
    factHead: (id: string) => ({ pk: own('FACTS'), sk: `FACT#${id}` }),
    factRevisionPartition: (id: string) => own(`FACT#${id}`),
    factRevision: (id: string, version: number) => ({ pk: own(`FACT#${id}`), sk: `REV#${String(version).padStart(6, '0')}` }),
    /** A kommune's own articles (a book of several kommuner): versioned like the national ones, every key carrying the kommune. */
    ownArticlesPartition: (kommune: string) => `OWNARTICLES#${kommune}`,
    ownArticleHead: (kommune: string, slug: string) => ({ pk: `OWNARTICLES#${kommune}`, sk: `ARTICLE#${slug}` }),
    ownArticleRevisionPartition: (kommune: string, slug: string) => `OWNARTICLE#${kommune}#${slug}`,
    ownArticleRevision: (kommune: string, slug: string, version: number) => ({
      pk: `OWNARTICLE#${kommune}#${slug}`,
      sk: `REV#${String(version).padStart(6, '0')}`,
    }),
    /** A kommune's local parts (a book of several kommuner): the id is `<slug>#<slot>`, and every key carries the kommune. */
    localPartsPartition: (kommune: string) => `LOCALPARTS#${kommune}`,
    localPartHead: (kommune: string, id: string) => ({ pk: `LOCALPARTS#${kommune}`, sk: `LOCAL#${kommune}#${id}` }),
    localPartRevisionPartition: (kommune: string, id: string) => `LOCAL#${kommune}#${id}`,
    localPartRevision: (kommune: string, id: string, version: number) => ({
      pk: `LOCAL#${kommune}#${id}`,
      sk: `REV#${String(version).padStart(6, '0')}`,
    }),
    receiptsPartition: own('RECEIPTS'),
    receipt: (suggestionId: string) => ({ pk: own('RECEIPTS'), sk: `SUGGESTION#${suggestionId}` }),
    reviewsPartition: own('REVIEWS'),
    reviewsOfArticle: (slug: string) => `${slug}#`,
    review: (slug: string, version: number, councilId: string) => ({
      pk: own('REVIEWS'),
      sk: `${slug}#${String(version).padStart(6, '0')}#${councilId}`,
    }),
    // References are numbered once for the whole book (one counter), so a reference read out on the
    // phone names one suggestion whichever kommune hears it; the lookup is the kommune's own, so a
    // kommune never follows another's suggestion by its reference.
    referenceCounter: (year: number) => ({ pk: 'REFERENCES', sk: `YEAR#${year}` }),
    reference: (reference: string) => ({ pk: own(`REFERENCE#${reference}`), sk: 'META' }),
    outboxPartition: own('OUTBOX'),
    mail: (createdAt: string, id: string) => ({ pk: own('OUTBOX'), sk: `MAIL#${createdAt}#${id}` }),
    order: (id: string) => ({ pk: own(`ORDER#${id}`), sk: 'META' }),
    orderList: (status: string) => own(`ORDERS#${status}`),
    orderNoticesPartition: own('ORDER-NOTICES'),
    orderNotice: (id: string) => ({ pk: own('ORDER-NOTICES'), sk: `ORDER#${id}` }),
    insightSearchesPartition: own('INSIGHT#SEARCHES'),
    insightSearch: (day: string, q: string) => ({ pk: own('INSIGHT#SEARCHES'), sk: `DAY#${day}#${q}` }),
    insightDaysPartition: own('INSIGHT#DAYS'),
    insightDay: (day: string) => ({ pk: own('INSIGHT#DAYS'), sk: `DAY#${day}` }),
    insightPagesPartition: own('INSIGHT#PAGES'),
    insightPage: (day: string, page: string) => ({ pk: own('INSIGHT#PAGES'), sk: `DAY#${day}#${page}` }),
  } as const;
}

export type TableKeys = ReturnType<typeof tableKeys>;

/** The publishing queue's keys, apart from `keys` so the functions that never publish don't bundle them. */
export const publishingKeys = {
  partition: 'PUBLISHING',
  queue: { pk: 'PUBLISHING', sk: 'QUEUE' },
  build: (id: string) => ({ pk: 'PUBLISHING', sk: `BUILD#${id}` }),
  pendingSet: (setKey: string) => ({ pk: 'PUBLISHING', sk: `PENDING#${setKey}` }),
  schedulePrefix: 'SCHEDULE#',
  schedule: (at: string, id: string) => ({ pk: 'PUBLISHING', sk: `SCHEDULE#${at}#${id}` }),
} as const;

/** Creates the table (and waits until it is active) unless it exists; used by the local run and tests. */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        ...TABLE_SCHEMA,
        GlobalSecondaryIndexes: TABLE_SCHEMA.GlobalSecondaryIndexes.map((index) => ({ ...index, KeySchema: [...index.KeySchema] })),
        AttributeDefinitions: [...TABLE_SCHEMA.AttributeDefinitions],
        KeySchema: [...TABLE_SCHEMA.KeySchema],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Tabellen ${tableName} ble ikke klar`);
}
