import areas from './text/nb/areas.json' with { type: 'json' };
import areasNn from './text/nn/areas.json' with { type: 'json' };
import { lookupIn } from './text/lookup.ts';

/** The eight life areas of the book, in the order the book shows them. National, so they are the same for every kommune. */
export const AREA_SLUGS = [
  'bo-trygt-hjemme',
  'helse',
  'penger-og-rettigheter',
  'planlegge-og-bestemme',
  'parorende',
  'aktivitet-og-fellesskap',
  'mer-hjelp',
  'transport',
] as const;

export type AreaSlug = (typeof AREA_SLUGS)[number];
export type Area = { slug: AreaSlug; title: string; intro: string };

const say = lookupIn({ nb: areas, nn: areasNn });

/** Each area with its title and one-line introduction from the text catalogue (src/core/text/nb/areas.json). */
export const AREAS: readonly Area[] = AREA_SLUGS.map((slug) => ({ slug, title: say(`${slug}.title`), intro: say(`${slug}.intro`) }));

export function areaBySlug(slug: AreaSlug): Area {
  const area = AREAS.find((candidate) => candidate.slug === slug);
  if (!area) throw new Error(`Ukjent livsområde: ${slug}`);
  return area;
}
