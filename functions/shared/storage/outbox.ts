/**
 * The e-mail outbox: one item per message, written after the action that caused it and sent
 * from there, so a failing mail service never fails the action. A sent message keeps no address;
 * an unsent one expires with the contact data it copies (TTL), and failed ones are listed for editors.
 */
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send } from './send.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';
import type { MailState, OutboxMail } from '../../../src/core/suggestions/outbox-mail.ts';

export type { MailState, OutboxMail };

function toMail(item: Record<string, unknown>): OutboxMail {
  const { pk: _pk, sk: _sk, [TTL_ATTRIBUTE]: _ttl, ...mail } = item;
  return mail as OutboxMail;
}

export function outboxStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  type NewMail = Pick<OutboxMail, 'id' | 'event' | 'reference' | 'subject' | 'text'> & { to: string };

  async function enqueueMail(mail: NewMail): Promise<OutboxMail> {
    return (await enqueueMailOnce(mail, ctx.now().toISOString()))!;
  }

  /**
   * Queues a message under a key made of `createdAt` and its id, once: resolves undefined when a
   * message with that key is queued (or sent) already, so a message with a fixed id and time
   * (a suggestion's receipt) is never sent twice.
   */
  async function enqueueMailOnce(mail: NewMail, createdAt: string): Promise<OutboxMail | undefined> {
    const at = ctx.now().toISOString();
    const item: OutboxMail = { ...mail, state: 'pending', attempts: 0, createdAt, updatedAt: at };
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: {
            ...ctx.keys.mail(createdAt, mail.id),
            ...item,
            [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + ctx.contactRetentionDays * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
    return item;
  }

  /** Suggestions whose receipt is due (noted when they were stored with an e-mail address), oldest first. */
  async function listDueReceipts(limit: number): Promise<string[]> {
    const output = await send<QueryCommandOutput>(
      client,
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ctx.keys.receiptsPartition },
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return (output.Items ?? []).map((item) => String(item.id));
  }

  /** The receipt is queued (or can no longer be sent): the note goes. */
  async function clearDueReceipt(suggestionId: string): Promise<void> {
    await send(client, new DeleteCommand({ TableName: tableName, Key: ctx.keys.receipt(suggestionId) }));
  }

  /** Newest first; `state` narrows to pending, sent or failed. */
  async function listMail(input: { state?: MailState; limit: number }): Promise<OutboxMail[]> {
    const output = await send<QueryCommandOutput>(
      client,
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ...(input.state ? { FilterExpression: '#state = :state', ExpressionAttributeNames: { '#state': 'state' } } : {}),
        ExpressionAttributeValues: { ':pk': ctx.keys.outboxPartition, ...(input.state ? { ':state': input.state } : {}) },
        ScanIndexForward: false,
        Limit: input.limit,
        ConsistentRead: true,
      }),
    );
    return (output.Items ?? []).map(toMail);
  }

  /** Records one try: sent drops the address; a failure counts, and past `maxAttempts` the mail is failed. */
  async function recordMailAttempt(
    mail: OutboxMail,
    outcome: { sent: true } | { sent: false; error: string; maxAttempts: number },
  ): Promise<void> {
    const at = ctx.now().toISOString();
    const attempts = mail.attempts + 1;
    const state: MailState = outcome.sent ? 'sent' : attempts >= outcome.maxAttempts ? 'failed' : 'pending';
    await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.mail(mail.createdAt, mail.id),
        UpdateExpression: outcome.sent
          ? 'SET #state = :state, attempts = :attempts, updatedAt = :at, sentAt = :at REMOVE #to, lastError'
          : 'SET #state = :state, attempts = :attempts, updatedAt = :at, lastError = :error',
        ConditionExpression: 'attempts = :before',
        ExpressionAttributeNames: { '#state': 'state', ...(outcome.sent ? { '#to': 'to' } : {}) },
        ExpressionAttributeValues: {
          ':state': state,
          ':attempts': attempts,
          ':at': at,
          ':before': mail.attempts,
          ...(outcome.sent ? {} : { ':error': outcome.error.slice(0, 300) }),
        },
      }),
    );
  }

  return { enqueueMail, enqueueMailOnce, listMail, recordMailAttempt, listDueReceipts, clearDueReceipt };
}
