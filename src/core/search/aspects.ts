import { foldKey } from './fold.ts';
import { stem } from './stem.ts';

/**
 * What a question asks about a topic, as opposed to the topic itself: in «hva koster sykehjem»
 * the topic «sykehjem» decides the article and «koster» asks for its price section. Each aspect
 * lists the words readers use for it and the words of the section headings that answer it
 * (the book's articles share headings such as «Hva koster det?» and «Slik gjør du»).
 */
export const ASPECTS = {
  price: {
    words: [
      'pris',
      'priser',
      'prisen',
      'koste',
      'koster',
      'kostnad',
      'kostnader',
      'betale',
      'betaler',
      'betaling',
      'egenbetaling',
      'gratis',
      'dyrere',
      'billigere',
    ],
    headings: ['koster', 'pris', 'betale', 'betaling', 'egenandel'],
  },
  rights: {
    words: ['rettighet', 'rettigheter', 'rett', 'krav', 'lov'],
    headings: ['rettigheter', 'rett', 'hvem kan få'],
  },
  apply: {
    words: ['søke', 'søker', 'søknad', 'søknaden', 'søknadsskjema'],
    headings: ['slik gjør du', 'søke', 'søknad'],
  },
  complain: {
    words: ['klage', 'klager', 'klagen', 'misfornøyd'],
    headings: ['klage', 'klager', 'uenig'],
  },
  phone: {
    words: ['telefon', 'telefonnummer', 'tlf', 'ringe', 'ring', 'nummer', 'kontakt', 'kontakte'],
    headings: ['hvem kan hjelpe', 'ringe', 'ring', 'telefon', 'kontakt'],
  },
} as const;

export type Aspect = keyof typeof ASPECTS;

const aspectNames = Object.keys(ASPECTS) as Aspect[];
const wordStems = new Map(aspectNames.flatMap((aspect) => ASPECTS[aspect].words.map((word) => [stem(foldKey(word)), aspect] as const)));

/** The aspect a query word asks about ("koster" → price), if any; «nummeret» is «nummer» once more stemmed. */
export const aspectOf = (key: string): Aspect | undefined => wordStems.get(stem(key)) ?? wordStems.get(stem(stem(key)));

const foldPhrase = (text: string) =>
  ` ${text
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map(foldKey)
    .join(' ')} `;

/** The aspects a section heading answers: «Hva koster det?» answers price. */
export function aspectsOfHeading(heading: string): Aspect[] {
  const words = foldPhrase(heading);
  const stems = ` ${words.trim().split(' ').map(stem).join(' ')} `;
  return aspectNames.filter((aspect) =>
    ASPECTS[aspect].headings.some((phrase) => {
      const wanted = foldPhrase(phrase);
      return wanted.trim().includes(' ') ? words.includes(wanted) : stems.includes(` ${stem(wanted.trim())} `);
    }),
  );
}

/** A section of an article as the alias index carries it: its heading and the anchor it links to. */
export interface AspectSection {
  heading: string;
  anchor: string;
}

/**
 * For each aspect the first section of an article that answers it, so the index carries only
 * the few headings a question can be lifted to, not every heading of the book.
 */
export function aspectSections(headings: readonly AspectSection[]): Partial<Record<Aspect, AspectSection>> {
  const found: Partial<Record<Aspect, AspectSection>> = {};
  for (const section of headings) {
    for (const aspect of aspectsOfHeading(section.heading)) found[aspect] ??= section;
  }
  return found;
}
