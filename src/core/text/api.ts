/** The functions' answers to readers and editors: error and validation messages. */
import api from './nb/api.json' with { type: 'json' };
import apiNn from './nn/api.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const apiText = lookupIn({ nb: api, nn: apiNn });
export type ApiTextKey = keyof typeof api;
