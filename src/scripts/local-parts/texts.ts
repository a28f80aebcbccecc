/**
 * What the local parts desk's scripts say. The page passes the local namespace of the catalogue
 * (src/core/text/nb/local.json) as `data-local-texts`, so the bundle carries no texts of its own.
 */
import { lookup } from '../../core/text/lookup.ts';
import type { LocalTexts } from '../../core/text/local.ts';

const root = document.querySelector<HTMLElement>('[data-local-texts]');

export const say = lookup(JSON.parse(root?.dataset.localTexts ?? '{}') as LocalTexts);
