/**
 * Requests to post a printed copy of the book. One item per order, with the name and address in
 * it while it waits; «Merk som sendt» is one conditional write that erases them and moves the
 * order to the sent list, so no address outlives the posting even for a moment. A waiting order
 * carries a TTL: never marked sent, it is deleted with its address after UNSENT_ORDER_DAYS (read
 * as gone from then on, since dynalite never deletes; the local sweep does). A new order also
 * leaves a note for the scheduled mail run, which tells the editors' mailbox (never the address).
 *
 * | item          | pk            | sk         | index keys                                             |
 * |---------------|---------------|------------|--------------------------------------------------------|
 * | order         | ORDER#<id>    | META       | gsi1 ORDERS#<waiting or sent> / <createdAt>#<id>; expiresAt (TTL) while waiting |
 * | notice due    | ORDER-NOTICES | ORDER#<id> | expiresAt (TTL)                                        |
 *
 * The keys are built in table.ts (tableKeys); in a book each kommune's start with `KOMMUNE#<id>#`.
 */
import { GetCommand, PutCommand, QueryCommand, DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { GetCommandOutput, QueryCommandOutput, UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { UNSENT_ORDER_DAYS } from '../../../src/core/orders/limits.ts';
import type { Order, OrderAddress, OrderChannel, OrderStatus } from '../../../src/core/orders/schema.ts';
import type { OrderEdition } from '../../../src/core/orders/editions.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { STATUS_INDEX, TTL_ATTRIBUTE } from '../table-contract.ts';

const CURSOR_KEYS = ['pk', 'sk', 'gsi1pk', 'gsi1sk'] as const;
const ADDRESS_FIELDS = ['name', 'address', 'postcode', 'town'] as const;
/** Upper bound on index pages read for one listing page (expired orders are filtered out). */
const MAX_QUERY_ROUNDS = 10;

export type NewOrder = OrderAddress & { id: string; edition: OrderEdition; channel?: OrderChannel };

function toOrder(item: Record<string, unknown>): Order {
  const text = (name: string) => (typeof item[name] === 'string' ? { [name]: item[name] as string } : {});
  return {
    id: item.id as string,
    edition: item.edition as OrderEdition,
    status: item.status as OrderStatus,
    createdAt: item.createdAt as string,
    ...(typeof item[TTL_ATTRIBUTE] === 'number' ? { expiresAt: new Date((item[TTL_ATTRIBUTE] as number) * 1000).toISOString() } : {}),
    ...ADDRESS_FIELDS.reduce((fields, name) => ({ ...fields, ...text(name) }), {}),
    ...(item.channel ? { channel: item.channel as OrderChannel } : {}),
    ...text('sentAt'),
    ...text('sentBy'),
  };
}

export function orderStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const nowSeconds = () => Math.floor(ctx.now().getTime() / 1000);
  const expired = (item: Record<string, unknown>) => typeof item[TTL_ATTRIBUTE] === 'number' && item[TTL_ATTRIBUTE] <= nowSeconds();

  /** The order under `id`, unless there is none or it waited past its time. */
  async function getOrder(id: string): Promise<Order | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: ctx.keys.order(id), ConsistentRead: true }),
    );
    return output.Item && !expired(output.Item) ? toOrder(output.Item) : undefined;
  }

  /**
   * Stores a new order under `id`, once, then the note that tells the editors. If `id` exists (a
   * repeated request), nothing is overwritten and `created` is false.
   */
  async function createOrder(input: NewOrder): Promise<{ created: boolean; order: Order }> {
    const createdAt = ctx.now().toISOString();
    const expiresAt = nowSeconds() + UNSENT_ORDER_DAYS * 86_400;
    const item = {
      id: input.id,
      edition: input.edition,
      status: 'waiting' as const,
      createdAt,
      ...Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, input[name]])),
      ...(input.channel ? { channel: input.channel } : {}),
      [TTL_ATTRIBUTE]: expiresAt,
    };
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: { ...ctx.keys.order(input.id), gsi1pk: ctx.keys.orderList('waiting'), gsi1sk: `${createdAt}#${input.id}`, ...item },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await getOrder(input.id);
      if (!existing) throw error;
      await noteOrderNotice(input.id, expiresAt);
      return { created: false, order: existing };
    }
    await noteOrderNotice(input.id, expiresAt);
    return { created: true, order: toOrder(item) };
  }

  /** Notes that the editors are to be told of the order; written again by a retry, sent once (the mail's key is fixed). */
  async function noteOrderNotice(id: string, expiresAt: number): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.orderNotice(id), id, [TTL_ATTRIBUTE]: expiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Waiting or sent orders, newest first, `limit` at a time. */
  async function listOrders(input: { status: OrderStatus; limit: number; cursor?: string | undefined }) {
    const partition = ctx.keys.orderList(input.status);
    let startKey: Record<string, unknown> | undefined = decodeCursor(input.cursor, CURSOR_KEYS, 'gsi1pk', partition);
    const items: Order[] = [];
    for (let round = 0; round < MAX_QUERY_ROUNDS && items.length < input.limit; round += 1) {
      const output: QueryCommandOutput = await send<QueryCommandOutput>(
        client,
        new QueryCommand({
          TableName: tableName,
          IndexName: STATUS_INDEX,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': partition },
          ScanIndexForward: false,
          Limit: input.limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(output.Items ?? []).filter((item) => !expired(item)).map(toOrder));
      startKey = output.LastEvaluatedKey;
      if (!startKey) break;
    }
    const nextCursor = encodeCursor(startKey);
    return { items, ...(nextCursor ? { nextCursor } : {}) };
  }

  /**
   * «Merk som sendt»: erases the name and address and moves the order to the sent list, in one
   * conditional write. Marking it again returns it as it is; an order that is gone (or waited past
   * its time) resolves undefined.
   */
  async function markOrderSent(id: string, editor: string): Promise<Order | undefined> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.order(id),
          UpdateExpression: `SET #status = :sent, gsi1pk = :list, sentAt = :at, sentBy = :editor REMOVE ${ADDRESS_FIELDS.map((name) => `#${name}`).join(', ')}, #ttl`,
          ConditionExpression: '#status = :waiting AND #ttl > :now',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#ttl': TTL_ATTRIBUTE,
            ...Object.fromEntries(ADDRESS_FIELDS.map((name) => [`#${name}`, name])),
          },
          ExpressionAttributeValues: {
            ':sent': 'sent',
            ':waiting': 'waiting',
            ':list': ctx.keys.orderList('sent'),
            ':at': ctx.now().toISOString(),
            ':editor': editor,
            ':now': nowSeconds(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toOrder(output.Attributes ?? {});
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await getOrder(id);
      return current?.status === 'sent' ? current : undefined;
    }
  }

  /** The orders the editors have not been told of yet, oldest first. */
  async function listDueOrderNotices(limit: number): Promise<string[]> {
    const output = await send<QueryCommandOutput>(
      client,
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ctx.keys.orderNoticesPartition },
        Limit: limit,
      }),
    );
    return (output.Items ?? []).filter((item) => !expired(item)).map((item) => String(item.id));
  }

  async function clearDueOrderNotice(id: string): Promise<void> {
    await send(client, new DeleteCommand({ TableName: tableName, Key: ctx.keys.orderNotice(id) }));
  }

  return { getOrder, createOrder, listOrders, markOrderSent, listDueOrderNotices, clearDueOrderNotice };
}

export type OrderStorage = ReturnType<typeof orderStorage>;
