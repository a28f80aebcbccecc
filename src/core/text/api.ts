/** The functions' answers to readers and editors: error and validation messages. */
import api from './nb/api.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export const apiText = lookup(api);
export type ApiTextKey = keyof typeof api;
