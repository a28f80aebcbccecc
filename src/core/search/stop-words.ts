import { foldKey } from './fold.ts';

/**
 * Words that carry no topic in a question typed as a sentence ("hvordan søker jeg om …",
 * "hva koster det å få …"). They are dropped before matching so the topic words decide.
 * Verbs that name what the reader wants to do (søke, klage, betale) are kept: they are topics here.
 */
const STOP_WORDS = `
  hva hvem hvor hvordan hvorfor hvilken hvilke hvilket når nar kan kunne skal skulle vil ville må
  få får fikk gjør gjøre gjorde er var være blir bli ble har hadde ha
  jeg meg min mitt mine du deg din ditt dine han ham hun henne hans hennes vi oss vår vårt våre
  dere deres de dem den det denne dette disse seg sin sitt sine man noen noe mye mange
  og eller men så som at om på i til av for fra med uten ved hos etter før over under mot
  en ei et ett å ikke jo nå da her der også bare helt litt veldig
  finnes fins gis
  hver hvert hvis dersom fordi siden mens enn sånn slik slikt alle andre annen annet nok kanskje vel altså egentlig
  lurer lure spør spørre
  opp ned inn ut
`;

export const stopWordKeys: ReadonlySet<string> = new Set(STOP_WORDS.trim().split(/\s+/).map(foldKey));

export const isStopWord = (key: string): boolean => stopWordKeys.has(key);
