import { fill } from './fill.ts';
import strings from './nb.json' with { type: 'json' };

export type MessageKey = keyof typeof strings;

/** A UI string by dotted key, with `{name}` placeholders filled in. One file today, a translation tomorrow. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(strings[key], vars);
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "28. november 2026". */
export const formatDate = (date: Date): string => dateFormat.format(date);
