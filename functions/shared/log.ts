/**
 * Structured one-line JSON logs for CloudWatch, through Powertools for AWS Lambda's Logger. A
 * line logged while a request is handled carries that request's id and route, also when the local
 * server handles many requests at once (the keys live in the request's async context, not on the
 * shared logger). Callers pass only codes and identifiers: never request bodies, contact data or
 * client addresses.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@aws-lambda-powertools/logger';

export type LogFields = Record<string, string | number | boolean | undefined>;

const logger = new Logger({ serviceName: 'alderdommens-abc' });
const requestFields = new AsyncLocalStorage<LogFields>();

function write(level: 'info' | 'warn' | 'error', message: string, fields: LogFields): void {
  logger[level](message, { ...requestFields.getStore(), ...fields });
}

export const log = {
  info: (message: string, fields: LogFields = {}) => write('info', message, fields),
  warn: (message: string, fields: LogFields = {}) => write('warn', message, fields),
  error: (message: string, fields: LogFields = {}) => write('error', message, fields),
};

/** Runs `work` with `fields` (the request id and route) on every line it logs. */
export function withRequestLog<T>(fields: LogFields, work: () => Promise<T>): Promise<T> {
  return requestFields.run(fields, work);
}

/** The name, code and message of an error, without its cause chain (which may hold data). */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { errorName: error.name, errorMessage: error.message, ...(typeof code === 'string' ? { errorCode: code } : {}) };
  }
  return { errorName: typeof error };
}
