/**
 * What the insight page's scripts say. The page passes the insight namespace of the catalogue
 * (src/core/text/nb/insight.json) as `data-insight-texts`, so the bundle carries no texts of its own.
 */
import { lookup } from '../../core/text/lookup.ts';
import type { InsightTexts } from '../../core/text/insight.ts';

const root = document.querySelector<HTMLElement>('[data-insight-texts]');

export const say = lookup(JSON.parse(root?.dataset.insightTexts ?? '{}') as InsightTexts);
