/** The suggestion form's message for each problem, with the limits it names filled in. */
import suggest from '../text/nb/suggest.json' with { type: 'json' };
import suggestNn from '../text/nn/suggest.json' with { type: 'json' };
import { lookupIn } from '../text/lookup.ts';
import type { FormErrorKey } from './form-errors.ts';
import { COUNCIL_CODE_MAX, NAME_MAX, PHONE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './limits.ts';

const LIMITS: Partial<Record<FormErrorKey, Record<string, number>>> = {
  text: { min: TEXT_MIN, max: TEXT_MAX },
  title: { max: TITLE_MAX },
  name: { max: NAME_MAX },
  phone: { max: PHONE_MAX },
  councilCode: { max: COUNCIL_CODE_MAX },
};

const say = lookupIn({ nb: suggest, nn: suggestNn });

/** The message for one problem, with the limits it names filled in. */
export function formErrorText(key: FormErrorKey): string {
  return say(`error.${key}`, LIMITS[key]);
}
