import { foldKey } from './fold.ts';

/**
 * Nynorsk and dialect forms readers type, brought to the bokmål word the book uses: «eg får
 * ikkje sjå», «kva kostar det å bu på sjukeheim», «heimesjukepleie», «datt på golvet». Both the
 * book and the query are read through it (see tokenize.ts), so a key is always the bokmål form.
 *
 * WORDS maps a whole word; PARTS replaces a part of a word, so compounds follow
 * («sjukeheimen» → «sykehjemmen», which the stemmer meets with «sykehjemmet»). Only forms that are
 * not bokmål words of their own are listed: «dette» (nynorsk «falle») stays «dette» (this).
 */
const WORDS: Record<string, string> = {
  eg: 'jeg',
  ikkje: 'ikke',
  kva: 'hva',
  ka: 'hva',
  korleis: 'hvordan',
  koss: 'hvordan',
  kossen: 'hvordan',
  åssen: 'hvordan',
  kven: 'hvem',
  kem: 'hvem',
  kvifor: 'hvorfor',
  kvar: 'hvor',
  ho: 'hun',
  dei: 'de',
  deim: 'dem',
  meir: 'mer',
  berre: 'bare',
  mykje: 'mye',
  noko: 'noe',
  nokon: 'noen',
  nokre: 'noen',
  ein: 'en',
  eit: 'et',
  vere: 'være',
  vera: 'være',
  vert: 'blir',
  verte: 'bli',
  blei: 'ble',
  sjølv: 'selv',
  saman: 'sammen',
  att: 'igjen',
  mi: 'min',
  di: 'din',
  me: 'vi',
  dykk: 'dere',
  fekk: 'fikk',
  gjer: 'gjør',
  gjere: 'gjøre',
  seier: 'sier',
  seie: 'si',
  veit: 'vet',
  kjem: 'kommer',
  kome: 'komme',
  treng: 'trenger',
  bur: 'bor',
  bu: 'bo',
  budde: 'bodde',
  søkje: 'søke',
  søkja: 'søke',
  høyrer: 'hører',
  høyre: 'høre',
  høyrde: 'hørte',
  sjå: 'se',
  såg: 'så',
  gjekk: 'gikk',
  sit: 'sitter',
  ligg: 'ligger',
  låg: 'lå',
  døyr: 'dør',
  døydde: 'døde',
  datt: 'falt',
  dett: 'faller',
  heile: 'hele',
  heilt: 'helt',
  heil: 'hel',
  gamal: 'gammel',
  pengar: 'penger',
  pengane: 'pengene',
  son: 'sønn',
  sonen: 'sønnen',
  auge: 'øye',
  auga: 'øye',
  augo: 'øyne',
  veke: 'uke',
  veka: 'uka',
  laurdag: 'lørdag',
  sundag: 'søndag',
  tysdag: 'tirsdag',
  verje: 'verge',
  verja: 'vergen',
  // Northern and Trøndelag forms.
  æ: 'jeg',
  mæ: 'meg',
  dæ: 'deg',
  sæ: 'seg',
  kæm: 'hvem',
  kordan: 'hvordan',
  åffer: 'hvorfor',
  koffer: 'hvorfor',
  itj: 'ikke',
  ikkj: 'ikke',
  hu: 'hun',
  // More nynorsk.
  åleine: 'alene',
  aleine: 'alene',
  trur: 'tror',
  gammal: 'gammel',
  velje: 'velge',
  kvile: 'hvile',
  ete: 'spise',
  eter: 'spiser',
  viss: 'hvis',
  hovud: 'hode',
  hovudet: 'hodet',
  gløymer: 'glemmer',
  gløyme: 'glemme',
  gløymsk: 'glemsk',
  hugsar: 'husker',
  hugse: 'huske',
  hugsa: 'huske',
  rekning: 'regning',
  rekninga: 'regningen',
  rekningar: 'regninger',
  rekningane: 'regningene',
  leilegheit: 'leilighet',
  leilegheita: 'leiligheten',
  husvære: 'bolig',
  hjå: 'hos',
  frå: 'fra',
  vore: 'vært',
  vorte: 'blitt',
  einsam: 'ensom',
  einsame: 'ensomme',
  søv: 'sover',
  vaknar: 'våkner',
  sjukdom: 'sykdom',
  kvardag: 'hverdag',
  kvardagen: 'hverdagen',
  tryggleik: 'trygghet',
  ungar: 'barn',
  unger: 'barn',
  ungane: 'barna',
  ungene: 'barna',
  unga: 'barna',
};

/** Parts of words, in the order they are replaced. */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ['heime', 'hjemme'],
  ['heim', 'hjem'],
  ['sjuk', 'syk'],
  ['golv', 'gulv'],
  ['tenest', 'tjenest'],
  ['kyrkj', 'kirk'],
  ['mjølk', 'melk'],
  ['tryggleik', 'trygghet'],
  ['kvardag', 'hverdag'],
  ['bustad', 'bolig'],
];

/** Nynorsk adjectives end in -leg where bokmål has -lig («dårleg», «vanskeleg»). */
const ADJECTIVE_ENDING = /leg$/;
const MIN_ADJECTIVE = 5;
/** Nynorsk verbs end in -kje, -gje where bokmål has -ke, -ge («tenkje», «følgje», «ringje»). */
const VERB_ENDING = /([kg])je$/;
const MIN_VERB = 5;

const words = new Map(Object.entries(WORDS).map(([form, bokmal]) => [foldKey(form), foldKey(bokmal)]));
const parts = PARTS.map(([form, bokmal]) => [foldKey(form), foldKey(bokmal)] as const);

/** The bokmål key of a folded word key: «ikkje» → «ikke», «sjukeheim» → «sykehjem». */
export function bokmalKey(key: string): string {
  const whole = words.get(key);
  if (whole !== undefined) return whole;
  let result = key;
  for (const [form, bokmal] of parts) if (result.includes(form)) result = result.replace(form, bokmal);
  if (result.length >= MIN_ADJECTIVE && ADJECTIVE_ENDING.test(result)) result = result.replace(ADJECTIVE_ENDING, 'lig');
  if (result.length >= MIN_VERB && VERB_ENDING.test(result)) result = result.replace(VERB_ENDING, '$1e');
  return result;
}
