/**
 * What the editors' scripts say. The page passes the moderation namespace of the catalogue
 * (src/core/text/nb/moderation.json) as `data-texts`, so the bundle carries no texts of its own.
 */
import { lookup } from '../../core/text/lookup.ts';
import type { ModerationTexts } from '../../core/text/moderation.ts';

const root = document.querySelector<HTMLElement>('[data-moderation]');

export const say = lookup(JSON.parse(root?.dataset.texts ?? '{}') as ModerationTexts);
