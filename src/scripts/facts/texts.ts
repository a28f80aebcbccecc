/**
 * What the facts desk's scripts say. The page passes the facts namespace of the catalogue
 * (src/core/text/nb/facts.json) as `data-fact-texts`, so the bundle carries no texts of its own.
 */
import { lookup } from '../../core/text/lookup.ts';
import type { FactTexts } from '../../core/text/facts.ts';

const root = document.querySelector<HTMLElement>('[data-fact-texts]');

export const say = lookup(JSON.parse(root?.dataset.factTexts ?? '{}') as FactTexts);
