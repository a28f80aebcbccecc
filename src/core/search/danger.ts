import { DANGER_ANSWERS, DANGER_KINDS, SIGNALS, WORDS, type DangerKind, type Signal, type WordGroup } from './danger-vocabulary.ts';
import { editDistance } from './edit-distance.ts';
import { foldKey } from './fold.ts';
import { stem } from './stem.ts';
import { tokenize, wordKey, type Token } from './tokenize.ts';

export { DANGER_ANSWERS, DANGER_KINDS, type DangerKind, type Signal } from './danger-vocabulary.ts';

/**
 * Whether a question says that someone may be in danger, and of what kind: the signals of
 * danger-vocabulary.ts read over the question's words. The search puts the safety page of each
 * kind first and the results open with the numbers to ring (see search.ts, render-output.ts).
 */

/** Plain forms of this length or more also meet a word with one typo («kaldsvet»). */
const TYPO_FROM = 8;
/** Default number of words allowed between two groups of a signal. */
const DEFAULT_GAP = 2;
/** How far after and before a signal its cancelling words are looked for. */
const REACH_AFTER = 2;
const REACH_BEFORE = 3;

type Form =
  { kind: 'exact'; key: string; stem: string } | { kind: 'prefix' | 'suffix' | 'infix'; part: string } | { kind: 'surface'; text: string };

function readForm(form: string): Form {
  if (/\s/.test(form))
    throw new Error(`Et ord i faresignalene kan ikke ha mellomrom: «${form}» (skriv flere ord som et signal av grupper)`);
  if (form.startsWith('=')) return { kind: 'surface', text: form.slice(1) };
  const starts = form.startsWith('*');
  const ends = form.endsWith('*');
  const part = foldKey(form.replace(/\*/g, ''));
  if (starts && ends) return { kind: 'infix', part };
  if (starts) return { kind: 'suffix', part };
  if (ends) return { kind: 'prefix', part };
  const key = wordKey(form);
  return { kind: 'exact', key, stem: stem(key) };
}

const groups = new Map(Object.entries(WORDS).map(([name, forms]) => [name as WordGroup, (forms as readonly string[]).map(readForm)]));

function formMeets(form: Form, token: Token): boolean {
  switch (form.kind) {
    case 'surface':
      return token.surface === form.text;
    case 'prefix':
      return token.key.startsWith(form.part);
    case 'suffix':
      return token.key.endsWith(form.part);
    case 'infix':
      return token.key.includes(form.part);
    case 'exact':
      if (token.key === form.key) return true;
      if (form.key.length >= 4 && stem(token.key) === form.stem) return true;
      return form.key.length >= TYPO_FROM && editDistance(token.key, form.key, 1) === 1;
  }
}

/** Positions of the question's words that belong to a group. */
const positionsOf = (tokens: readonly Token[], group: WordGroup): number[] => {
  let byGroup = metPositions.get(tokens);
  if (!byGroup) metPositions.set(tokens, (byGroup = new Map()));
  let found = byGroup.get(group);
  if (!found) {
    found = tokens.flatMap((token, position) => (groups.get(group)!.some((form) => formMeets(form, token)) ? [position] : []));
    byGroup.set(group, found);
  }
  return found;
};
/** Each question's words are met against each group once, however many signals use the group. */
const metPositions = new WeakMap<readonly Token[], Map<WordGroup, number[]>>();

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));

/** The positions where a signal is met, one match per way it is met; none when a cancelling word is near. */
function matches(tokens: readonly Token[], signal: Signal): number[][] {
  const gap = signal.gap ?? DEFAULT_GAP;
  const orders = signal.anyOrder ? permutations(signal.groups) : [signal.groups];
  const found: number[][] = [];
  for (const order of orders) {
    const places = order.map((group) => positionsOf(tokens, group));
    const extend = (chain: number[], index: number): void => {
      if (index === order.length) {
        found.push(chain);
        return;
      }
      for (const position of places[index]!) {
        const previous = chain.at(-1);
        if (previous === undefined || (position > previous && position - previous - 1 <= gap)) extend([...chain, position], index + 1);
      }
    };
    extend([], 0);
  }
  return found.filter((chain) => !cancelled(tokens, signal, chain));
}

function cancelled(tokens: readonly Token[], signal: Signal, chain: readonly number[]): boolean {
  const first = Math.min(...chain);
  const last = Math.max(...chain);
  const within = (from: number, to: number, cancelling: readonly WordGroup[] | undefined) =>
    (cancelling ?? []).some((group) =>
      positionsOf(tokens, group).some((position) => position >= from && position <= to && !chain.includes(position)),
    );
  return (
    within(0, tokens.length - 1, signal.notWith) ||
    within(last + 1, last + REACH_AFTER, signal.notAfter) ||
    within(first + 1, last - 1, signal.notBetween) ||
    within(first - REACH_BEFORE, first - 1, signal.notBefore)
  );
}

/** How sure a question is about each kind of danger it hints at. */
export interface DangerReading {
  /**
   * The kinds it carries: those with a strong signal or two weak ones, most urgent first; then,
   * once a question is dangerous at all, the kinds with one weak signal («han slår henne og hun
   * ligger på gulvet»: violence, and a fall), so the box gives their numbers too.
   */
  kinds: DangerKind[];
  /** Kinds with one weak signal in a question that carries none: the search counts them when the words lead to their safety page too. */
  hints: DangerKind[];
}

export function readDanger(query: string): DangerReading {
  const { sure, weak } = signalsIn(query);
  const sureKinds = DANGER_KINDS.filter((kind) => sure.some((signal) => signal.kind === kind));
  // A signal that only says when or how («i går», «redd») adds no kind of its own to a dangerous question.
  const weakKinds = DANGER_KINDS.filter(
    (kind) => !sureKinds.includes(kind) && weak.some((signal) => signal.kind === kind && !signal.context),
  );
  if (sureKinds.length > 0) return { kinds: [...sureKinds, ...weakKinds], hints: [] };
  return { kinds: [], hints: weakKinds.filter((kind) => weak.some((signal) => signal.kind === kind && !signal.context)) };
}

/** The kinds of danger a question carries (see `readDanger`). */
export const dangerIn = (query: string): DangerKind[] => readDanger(query).kinds;

/**
 * The signals a question meets: `sure` are the strong ones, and the weak ones of a kind with two
 * (the second resting on a word of its own); `weak` the weak ones of a kind with only one.
 */
export function signalsIn(query: string): { sure: Signal[]; weak: Signal[] } {
  const tokens = tokenize(query).filter((token) => !token.joined);
  const sure: Signal[] = [];
  const weakWords = new Map<DangerKind, { signal: Signal; words: Set<number> }[]>();
  for (const signal of SIGNALS) {
    const met = matches(tokens, signal);
    if (met.length === 0) continue;
    if (!signal.weak) {
      sure.push(signal);
      continue;
    }
    const earlier = weakWords.get(signal.kind) ?? [];
    // A second weak signal counts when it rests on a word of its own, not only on the words of the first.
    const fresh = met.find((chain) => chain.some((position) => earlier.every(({ words }) => !words.has(position))));
    if (!fresh) continue;
    earlier.push({ signal, words: new Set(fresh) });
    weakWords.set(signal.kind, earlier);
  }
  const weak: Signal[] = [];
  for (const found of weakWords.values()) (found.length >= 2 ? sure : weak).push(...found.map(({ signal }) => signal));
  return { sure, weak };
}

/** The numbers a box for these kinds gives, each once, in the order to ring them. */
export function dangerNumbers(kinds: readonly DangerKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => DANGER_ANSWERS[kind].numbers))];
}
