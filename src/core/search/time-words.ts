import { stem } from './stem.ts';
import { wordKey } from './tokenize.ts';

/**
 * Times of day and week a question can name, when ordinary office hours do not cover it:
 * «hjelp om natta», «lege i helga», «hvem kommer på søndag», «i kveld». They do not decide the
 * topic; they lift the pages whose service answers then (see answer-times.ts).
 */
export const TIMES_OF_DAY = ['evening', 'night', 'weekend'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

const WORDS: Record<TimeOfDay | 'allDay', readonly string[]> = {
  evening: ['kveld', 'kvelden', 'kvelder', 'kveldene', 'kveldstid', 'kveldinga', 'ettermiddag', 'ettermiddagen'],
  night: ['natt', 'natta', 'natten', 'netter', 'nettene', 'nattestid', 'nattetid', 'midnatt'],
  weekend: [
    'helg',
    'helga',
    'helgen',
    'helger',
    'helgene',
    'helgedager',
    'lørdag',
    'lørdagen',
    'lørdager',
    'søndag',
    'søndagen',
    'søndager',
    'helligdag',
    'helligdager',
    'høytid',
    'høytidene',
    'påske',
    'påsken',
    'jul',
    'julen',
    'julaften',
  ],
  // «hele døgnet», «døgnåpen»: every time at once.
  allDay: ['døgnet', 'døgnåpen', 'døgnåpent', 'døgnbemannet', 'døgnkontinuerlig'],
};

const byStem = new Map<string, readonly TimeOfDay[]>(
  (Object.entries(WORDS) as Array<[TimeOfDay | 'allDay', readonly string[]]>).flatMap(([time, words]) =>
    words.map((word) => [stem(wordKey(word)), time === 'allDay' ? TIMES_OF_DAY : [time]] as const),
  ),
);

/** The times a query word names («natta» → night, «døgnåpen» → all three), none for other words. */
export const timesOf = (key: string): readonly TimeOfDay[] => byStem.get(stem(key)) ?? [];
