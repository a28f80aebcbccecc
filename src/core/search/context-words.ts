import { foldKey } from './fold.ts';
import { isPersonWord } from './light-words.ts';
import { isStopWord } from './stop-words.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * Words that describe the situation, not what is asked for. People tell who they ask about and
 * why before or after the need: «verge for mor med alzheimer», «rullator etter brudd i hofta»,
 * «noen å gå tur med siden kona døde», «avlastning fordi far har demens». The words after «med»
 * following a person, after «etter» (not «lete etter»), «siden», «fordi» and «som har» describe
 * that person or that time; the search counts them, but less than the need (see rank.ts).
 */

/** Who a «med …» or «som har …» can describe: the people a question is about, and pronouns. */
const PEOPLE = new Set(
  ['en', 'ein', 'noen', 'nokon', 'folk', 'eldre', 'pasient', 'bruker', 'person', 'dame', 'han', 'hun', 'ho', 'meg', 'deg'].map(foldKey),
);
const isPerson = (token: Token | undefined) => token !== undefined && (isPersonWord(token.key) || PEOPLE.has(token.key));
/** «lete etter mor», «spør etter legen», «ser etter tegn»: «etter» as part of a verb. */
const LOOKING = new Set(
  ['leter', 'lete', 'leiter', 'leite', 'spor', 'sporre', 'ser', 'se', 'soker', 'soke', 'lengter', 'sporsmal', 'folge', 'passe'].map(
    foldKey,
  ),
);
/** «når hun har …», «hvis jeg har …»: the condition a question is asked under. */
const CONDITION = new Set(['nar', 'hvis', 'dersom', 'viss', 'da']);
const AGO = new Set(['lenge', 'lengre', 'år', 'uker', 'uke', 'dager', 'dag', 'tid', 'måneder', 'stund', 'fjor'].map(foldKey));
/** Words that end what a marker describes: a new clause begins. Compared as typed: «får» folds to «far». */
const BOUNDARY = new Set([
  'og',
  'men',
  'så',
  'eller',
  'som',
  'hva',
  'hvem',
  'hvor',
  'hvordan',
  'kan',
  'vil',
  'skal',
  'må',
  'får',
  'trenger',
  'treng',
  'ønsker',
]);
/** At most this many words after a marker describe the situation. */
const REACH = 2;

function opensContext(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  switch (token.key) {
    case 'med':
      // «hjelpe far med å dele medisinene»: «med å» names the task, the need itself.
      if (tokens[index + 1]?.key === 'a') return false;
      return (
        isPerson(before) || (before !== undefined && isPerson(tokens[index - 2]) && ['min', 'mi', 'mitt', 'sin', 'si'].includes(before.key))
      );
    case 'etter':
      return before === undefined || !LOOKING.has(before.key);
    case 'siden':
      // «lenge siden», «to år siden»: ago, not since.
      return before === undefined || !AGO.has(before.key);
    case 'fordi':
    case 'istedenfor':
      return true;
    case 'for':
      // «i stedet for sykehjem»: the alternative is not what is asked for.
      return before?.key === 'stedet';
    case 'ikke':
      // «bolig med hjelp, men ikke sykehjem».
      return before?.key === 'men';
    case 'har':
      // «mor som har demens»; «når hun har lav pensjon», «siden han har demens».
      return (before?.key === 'som' && isPerson(tokens[index - 2])) || (isPerson(before) && CONDITION.has(tokens[index - 2]?.key ?? ''));
    default:
      return false;
  }
}

/** The positions, in `tokenize(text)` order, of the words that describe the situation. */
export function contextPositions(text: string): Set<number> {
  const found = new Set<number>();
  let offset = 0;
  for (const clause of text.split(/[,.;:!?()\n]+/)) {
    const tokens = tokenize(clause);
    for (let index = 0; index < tokens.length; index++) {
      if (!opensContext(tokens, index)) continue;
      let taken = 0;
      for (let next = index + 1; next < tokens.length && taken < REACH; next++) {
        const token = tokens[next]!;
        if (BOUNDARY.has(token.surface) || opensContext(tokens, next)) break;
        if (isStopWord(token.key)) continue;
        found.add(offset + next);
        if (!token.joined) taken++;
      }
    }
    offset += tokens.length;
  }
  return found;
}
