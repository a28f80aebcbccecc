/** The eight life areas of the book. National, so they are the same for every kommune. */
export const AREAS = [
  { slug: 'bo-trygt-hjemme', title: 'Bo trygt hjemme', intro: 'Hjelp og tiltak som gjør at du kan bo hjemme lenger, trygt og godt.' },
  { slug: 'helse', title: 'Helse', intro: 'Lege, legevakt, medisiner, syn, hørsel, tenner og det å holde seg frisk.' },
  { slug: 'penger-og-rettigheter', title: 'Penger og rettigheter', intro: 'Pensjon, stønader, egenandeler, skatt og hva du kan gjøre hvis du er uenig i et vedtak.' },
  { slug: 'planlegge-og-bestemme', title: 'Planlegge og bestemme selv', intro: 'Bestem selv mens du kan: fullmakt, testament, ønsker for livets siste tid og hva som skjer når noen dør.' },
  { slug: 'parorende', title: 'For pårørende', intro: 'Rettigheter, støtte og avlastning for deg som hjelper en du er glad i.' },
  { slug: 'aktivitet-og-fellesskap', title: 'Aktivitet og fellesskap', intro: 'Treff andre, hold deg i form og få hjelp med det digitale.' },
  { slug: 'mer-hjelp', title: 'Når du trenger mer hjelp', intro: 'Slik søker du om tjenester fra kommunen, og hva som finnes når hjemmet ikke lenger er nok.' },
  { slug: 'transport', title: 'Transport og reise', intro: 'Bil, førerkort, TT-kort, parkering og rabatter når du skal ut og reise.' },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaSlug = Area['slug'];

export const AREA_SLUGS = AREAS.map((area) => area.slug) as [AreaSlug, ...AreaSlug[]];

export function areaBySlug(slug: AreaSlug): Area {
  const area = AREAS.find((candidate) => candidate.slug === slug);
  if (!area) throw new Error(`Ukjent livsområde: ${slug}`);
  return area;
}
