import { wordKey } from './tokenize.ts';

/**
 * Words that tell who is asking or about whom, and how it feels, but not which service answers:
 * «mor», «pappa», «naboen», «hjelp», «trenger», «lenger», «gamle». In «far klarer ikke ta bussen
 * lenger» the topic is «bussen»; in «hjelp til mor om natta» it is «natta». Such a word counts
 * like an aspect word (see rank.ts): a little, and not towards how much of the question a page
 * answers. A question of light words only is read as it is. Matched as written, not by stem:
 * «far» is light, «fare» is not.
 */
const PEOPLE_WORDS = `
  mor mora moren mamma mammaen far faren fars pappa pappaen foreldre foreldrene forelder
  bestemor bestemora bestefar besteforeldre besteforeldrene farmor farfar mormor morfar oma opa besta
  kone kona konen mann mannen ektemann ektefelle ektefellen samboer samboeren kjæreste
  sønn sønnen sønner datter dattera datteren døtre barn barna barnet barnebarn barnebarnet barnebarna
  bror broren brødre søster søstera søsteren søsken tante onkel svigermor svigerfar nevø niese
  nabo naboen naboer venn vennen venner venninne venninna kompis
  menn kvinner kvinne damer dame herrer
`;

const LIGHT_WORDS = `
  hjelp hjelpe hjelper hjelpen trenger trengs behov
  klarer klare greier komme kommer kom går får fikk fått ta tar tatt gjøre gjør
  vet vite tror synes føler sier si sa sliter strever problemer problem vansker vanskelig
  bekymret bekymra bekymrer bekymring
  finner finne fant funnet selv sjøl sjølv dårligere bruke brukte brukt nekter nekte nekta alt
  lenger lengre igjen ofte stadig alltid mer mindre nesten lang langt lenge hele
  gammel gamle eldre eldste pensjonist pensjonister pensjonisten pensjonistene
  dag dagen dager hverdag daglig uke uka tid tiden
  kommunen
  skjer skje skjedde skjedd blitt virker rekker prøve prøver prøvd
  mene mener gjerne bare fortsatt fremdeles ennå enda allerede
  slutte slutter sluttet slutta
  folk mennesker personer person ting gang ganger år måned måneder
  stor store liten lite små ny nye god gode bra fint greit
`;

const keysOf = (words: string) => words.trim().split(/\s+/).map(wordKey);
const peopleKeys: ReadonlySet<string> = new Set(keysOf(PEOPLE_WORDS));
const lightKeys: ReadonlySet<string> = new Set([...peopleKeys, ...keysOf(LIGHT_WORDS)]);

/** Whether a query word names someone a question is about: «mor», «naboen», «kona». */
export const isPersonWord = (key: string): boolean => peopleKeys.has(key);

/** Whether a query word is light: about the asker, not the answer. */
export const isLight = (key: string): boolean => lightKeys.has(key);
