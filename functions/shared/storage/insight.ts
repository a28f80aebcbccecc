/**
 * The insight's daily counts (issue 27): counts, never people. Three kinds of item, each one per
 * day, raised with an atomic ADD (no read, no scan on the write path) and kept thirteen months
 * (TTL `expiresAt`; reads leave out what has expired, as dynalite never deletes it):
 *
 * | item                      | pk                | sk                   | attributes                          |
 * |---------------------------|-------------------|----------------------|-------------------------------------|
 * | a question's day          | INSIGHT#SEARCHES  | DAY#<day>#<question> | day, q, searches, noResults, opened |
 * | every search of a day     | INSIGHT#DAYS      | DAY#<day>            | day, searches, noResults, opened    |
 * | a page's Ja/Nei of a day  | INSIGHT#PAGES     | DAY#<day>#<path>     | day, page, yes, no                  |
 *
 * The keys are built in table.ts (tableKeys); in a book each kommune's start with `KOMMUNE#<id>#`.
 * Nothing else is written: no time of day, no address, no identifier of any kind. The read side
 * queries one partition by a range of days.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expiresAtOf } from '../../../src/core/insight/days.ts';
import type { DayTotal, PageDay, SearchDay } from '../../../src/core/insight/model.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { queryAll } from './paging.ts';
import { sendUnlessAlreadyDone, send } from './send.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';

/**
 * The sort keys from the first day to the last, both whole: `$` comes right after the `#` that
 * ends a day, so every question of the last day lies below the upper bound, whatever its letters.
 */
const dayRange = (from: string, to: string) => ({ ':from': `DAY#${from}`, ':to': `DAY#${to}$` });

const numberOf = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0));

export function insightStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Raises counters of one item; `onlyIfCounted` leaves an item that does not exist alone (an opening needs its search). */
  async function raise(
    key: Record<string, string>,
    day: string,
    counters: Record<string, number>,
    labels: Record<string, string>,
    onlyIfCounted = false,
  ): Promise<void> {
    const adds = Object.entries(counters).filter(([, by]) => by > 0);
    const names: Record<string, string> = { '#day': 'day', '#ttl': TTL_ATTRIBUTE };
    const values: Record<string, unknown> = { ':day': day, ':ttl': expiresAtOf(day) };
    const sets = ['#day = :day', '#ttl = :ttl'];
    for (const [name, value] of Object.entries(labels)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    adds.forEach(([name, by], index) => {
      names[`#c${index}`] = name;
      values[`:c${index}`] = by;
    });
    const command = new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.map((_, index) => `#c${index} :c${index}`).join(', ')}`,
      ...(onlyIfCounted ? { ConditionExpression: 'attribute_exists(pk)' } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    if (onlyIfCounted) await sendUnlessAlreadyDone(client, command);
    else await send(client, command);
  }

  /** One search on `day`: the day's total always, the question's own counts when it was kept (`q`). */
  async function recordSearch(input: { day: string; q?: string; results: number }): Promise<void> {
    const counters = { searches: 1, noResults: input.results === 0 ? 1 : 0 };
    await raise(ctx.keys.insightDay(input.day), input.day, counters, {});
    if (input.q !== undefined) await raise(ctx.keys.insightSearch(input.day, input.q), input.day, counters, { q: input.q });
  }

  /** A result of a search on `day` was opened; counted only where that day's search was (never creates an item). */
  async function recordOpened(input: { day: string; q?: string }): Promise<void> {
    await raise(ctx.keys.insightDay(input.day), input.day, { opened: 1 }, {}, true);
    if (input.q !== undefined) await raise(ctx.keys.insightSearch(input.day, input.q), input.day, { opened: 1 }, { q: input.q }, true);
  }

  /** A reader answered «Fant du svar …?» on `page`. */
  async function recordPageAnswer(input: { day: string; page: string; useful: boolean }): Promise<void> {
    await raise(ctx.keys.insightPage(input.day, input.page), input.day, { [input.useful ? 'yes' : 'no']: 1 }, { page: input.page });
  }

  /** The items of one partition from `from` to `to`, without those whose thirteen months have passed. */
  async function daysOf(partition: string, from: string, to: string): Promise<Record<string, unknown>[]> {
    const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': partition, ...dayRange(from, to) },
    });
    return items.filter((item) => numberOf(item[TTL_ATTRIBUTE]) > nowSeconds);
  }

  async function searchDays(from: string, to: string): Promise<SearchDay[]> {
    return (await daysOf(ctx.keys.insightSearchesPartition, from, to)).map((item) => ({
      day: String(item.day),
      q: String(item.q),
      searches: numberOf(item.searches),
      noResults: numberOf(item.noResults),
      opened: numberOf(item.opened),
    }));
  }

  async function dayTotals(from: string, to: string): Promise<DayTotal[]> {
    return (await daysOf(ctx.keys.insightDaysPartition, from, to)).map((item) => ({
      day: String(item.day),
      searches: numberOf(item.searches),
      noResults: numberOf(item.noResults),
      opened: numberOf(item.opened),
    }));
  }

  async function pageDays(from: string, to: string): Promise<PageDay[]> {
    return (await daysOf(ctx.keys.insightPagesPartition, from, to)).map((item) => ({
      day: String(item.day),
      page: String(item.page),
      yes: numberOf(item.yes),
      no: numberOf(item.no),
    }));
  }

  return { recordSearch, recordOpened, recordPageAnswer, searchDays, dayTotals, pageDays };
}

export type InsightStorage = ReturnType<typeof insightStorage>;
