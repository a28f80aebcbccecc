import { paths } from '../paths.ts';
import { aspectOf, type Aspect } from './aspects.ts';
import { DANGER_ANSWERS, readDanger, type DangerKind } from './danger.ts';
import { foldKey } from './fold.ts';
import { guessWord, matchWord, type WordMatch } from './match-word.ts';
import { parseQuery } from './parse-query.ts';
import { rankPages, type RankedPage, type TextHit } from './rank.ts';
import type { SearchDocument } from './search-document.ts';
import { stem } from './stem.ts';
import { closestPhrases, groupMatches, phraseMatches } from './suggest.ts';
import type { SearchContact } from './answer-times.ts';
import { isLight } from './light-words.ts';
import { timesOf, type TimeOfDay } from './time-words.ts';
import type { Token } from './tokenize.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search uses. */
export interface PagefindLike {
  search(term: string): Promise<{ results: PagefindResultLike[] } | null>;
}
export interface PagefindResultLike {
  id: string;
  score: number;
  /**
   * Positions in the page's `content` (split on white space) of the words that matched. Read from
   * the result, not from `data().locations`: Pagefind shares that object between concurrent searches.
   */
  words: number[];
  data(): Promise<{ url: string; meta: Record<string, string | undefined>; excerpt: string; content: string }>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** "Kort fortalt" for articles; Pagefind's excerpt for other pages. */
  summary: string;
  /** Life area title; absent for pages that are not articles. */
  area?: string;
  /** The section that answers what the question asked about («Hva koster det?»), linked. */
  section?: SearchLink;
  /** When the question names a time: the service whose opening status the result shows. */
  contact?: SearchContact;
  /** True when the page answers the question well; the weaker tail is shown apart. */
  good: boolean;
}

export interface SearchLink {
  label: string;
  url: string;
}

export interface SearchOutcome {
  query: string;
  /** Pages in rank order: the good ones first, then the weaker tail. */
  hits: SearchHit[];
  /** "Mente du …?": the query spelled as the book spells it, and the article an everyday word led to. */
  didYouMean: SearchLink[];
  /** Titles and aliases nearest to the query, offered when nothing was found. */
  closest: SearchLink[];
  /** The kinds of danger the question carries, most urgent first: the results open with the numbers to ring. */
  danger: DangerKind[];
  /** The times of day the question names («om natta» → night): results say whether their service is open. */
  when: TimeOfDay[];
}

const MAX_HITS = 10;
/** Pagefind results read per term: enough to re-rank, few enough to keep fragment downloads small. */
const TEXT_DEPTH = 8;
const MAX_TERMS = 8;
/** Full-text hits for a guessed spelling or compound part count less than hits for what was typed. */
const GUESS_SURENESS = 0.7;
/** A page scoring below this share of the best page's score matches weakly. */
const GOOD_SHARE = 0.5;
/** At most this many weak pages are shown after the good ones. */
const MAX_WEAK = 4;
/** What a page scores for a time word when its service answers then: one sure word. */
const TIME_ANSWER = 2;

/** Pagefind itself, or a loader that fetches it the first time a query needs full text. */
export type FullTextSource = PagefindLike | (() => Promise<PagefindLike | undefined>);

/**
 * Search over the alias index, with Pagefind behind it. The alias index knows the book's own words
 * (titles, aliases, everyday words, key terms) and so handles folding, compounds, inflection and
 * typos; it decides every ranking, so the search page's script and the results page without
 * JavaScript (which has only the alias index) give the same pages in the same order. Pagefind
 * knows every word of the text and is asked only when the alias index finds no page at all
 * («dørstokk»): each query word on its own (it requires all words of one search to be on the
 * page), plus the book's spelling of words the reader misspelt and guesses for unknown words.
 *
 * Given a loader, Pagefind is fetched the first time such a query comes, so most searches
 * download the small alias index and nothing else.
 */
export function createBookSearch(documents: readonly SearchDocument[], fullText?: FullTextSource) {
  const vocabulary = buildVocabulary(documents);
  let pagefind: PagefindLike | undefined = typeof fullText === 'function' ? undefined : fullText;
  let loading: Promise<PagefindLike | undefined> | undefined;
  const loadFullText = async () => {
    if (typeof fullText !== 'function') return pagefind;
    loading ??= fullText().catch(() => undefined);
    pagefind = await loading;
    return pagefind;
  };
  const docByUrl = new Map(documents.map((document, doc) => [paths.article(document.slug), doc]));
  const docBySlug = new Map(documents.map((document, doc) => [document.slug, doc]));
  /**
   * A word that names a time («natta», «helga») is answered by the pages whose service answers
   * then, as surely as by a word of their own (see answer-times.ts).
   */
  const answeredAt = (times: readonly TimeOfDay[]): { answeredBy?: Map<number, number> } => {
    if (times.length === 0) return {};
    const answering = documents.flatMap((document, doc) => (times.every((time) => document.answers?.includes(time)) ? [doc] : []));
    return { answeredBy: new Map(answering.map((doc) => [doc, TIME_ANSWER])) };
  };
  const urlOf = (doc: number) => paths.article(documents[doc]!.slug);
  const pagesByUrl = new Map<string, { title: string; excerpt: string }>();

  /**
   * Pagefind hits for each term, read TEXT_DEPTH deep. Pagefind also answers an unknown word
   * with pages holding a shorter word ("trygghetsalarn" → "trygghet", "deprimert" → "de");
   * such hits are dropped, so only pages that hold the word or an inflection of it count.
   */
  async function textHits(pagefind: PagefindLike, terms: readonly { term: string; word: number }[], sureness = 1): Promise<TextHit[]> {
    const perTerm = await Promise.all(
      terms.map(async ({ term, word }) => {
        const pages = await readResults(pagefind, term);
        const genuine = pages.filter(({ result, page }) => {
          const words = page.content.split(/\s+/);
          return result.words.some((position) => holdsWord(words[position] ?? '', term));
        });
        const top = Math.max(...genuine.map(({ result }) => result.score), Number.MIN_VALUE);
        return genuine.map(({ result, page }): TextHit => {
          pagesByUrl.set(page.url, { title: page.meta.title ?? page.url, excerpt: plainText(page.excerpt) });
          return { word, url: page.url, doc: docByUrl.get(page.url), relevance: (sureness * result.score) / top };
        });
      }),
    );
    return perTerm.flat();
  }

  async function search(query: string): Promise<SearchOutcome> {
    const parsed = parseQuery(query);
    const words = parsed.words.map((token) => ({
      token,
      key: token.key,
      matches: matchWord(vocabulary, token.key),
      spelling: undefined as string | undefined,
      aspect: aspectOf(token.key) !== undefined || timesOf(token.key).length > 0,
      light: isLight(token.key),
      context: token.context === true,
      ...answeredAt(timesOf(token.key)),
    }));
    const pairs = parsed.pairs.map((token) => ({
      key: token.key,
      matches: matchWord(vocabulary, token.key).filter((match) => match.kind === 'exact' || match.kind === 'stem'),
    }));
    for (const word of words) word.spelling = bookSpelling(vocabulary, word.token, word.matches);
    const asked = new Set(words.map((word) => aspectOf(word.key)).filter(isDefined));
    const when = new Set(words.flatMap((word) => timesOf(word.key)));
    const lift = aspectLift(documents, asked);
    const phrases = phraseMatches(vocabulary, query);
    const groups = groupMatches(vocabulary, query);

    // Words the book has neither as written nor inflected may be typos or compounds it lacks.
    const guessed: { term: string; word: number }[] = [];
    words.forEach((entry, word) => {
      if (entry.matches.some((match) => match.kind === 'exact' || match.kind === 'stem')) return;
      const guess = guessWord(vocabulary, entry.token.key);
      entry.matches = [...entry.matches, ...guess.matches];
      if (guess.matches.some((match) => match.kind === 'typo')) entry.spelling = guess.spellings[0];
      for (const term of guess.spellings) guessed.push({ term, word });
    });
    const aliasOnly = rankPages(vocabulary, words, pairs, [], phrases, urlOf, lift, groups);

    // The alias index decides, so the script and the page without JavaScript rank alike; full
    // text only answers a question the alias index has no page for («dørstokk»).
    const hits: TextHit[] = [];
    const source = fullText !== undefined && aliasOnly.length === 0 ? await loadFullText() : undefined;
    if (source) {
      const typed = words.flatMap(({ token, spelling }, word) =>
        [token.surface, spelling].filter(isDefined).map((term) => ({ term, word })),
      );
      hits.push(...(await textHits(source, unique(typed))));
      const typedTerms = new Set(words.flatMap(({ token }) => [token.surface, vocabulary.surfaces.get(token.key)]));
      hits.push(
        ...(await textHits(
          source,
          unique(guessed).filter((entry) => !typedTerms.has(entry.term)),
          GUESS_SURENESS,
        )),
      );
    }

    const byWords = hits.length > 0 ? rankPages(vocabulary, words, pairs, hits, phrases, urlOf, lift, groups) : aliasOnly;
    const danger = dangerOf(query, byWords);
    const ranked = safetyFirst(byWords, danger);
    const best = ranked.find((page) => !page.pinned)?.score ?? 0;
    const good = ranked.filter((page) => page.pinned || page.score >= GOOD_SHARE * best).slice(0, MAX_HITS);
    const weak = ranked.slice(good.length).slice(0, Math.min(MAX_WEAK, MAX_HITS - good.length));
    const results = [...good, ...weak].map(({ url, doc }, index): SearchHit => {
      const document = doc === undefined ? undefined : documents[doc];
      const isGood = index < good.length;
      if (document) {
        const section = sectionFor(document, asked);
        return {
          url,
          title: document.title,
          summary: document.summary,
          area: document.area,
          ...(section ? { section: { label: section.heading, url: `${url}#${section.anchor}` } } : {}),
          ...(when.size > 0 && document.contact ? { contact: document.contact } : {}),
          good: isGood,
        };
      }
      const page = pagesByUrl.get(url);
      return { url, title: page?.title ?? url, summary: page?.excerpt ?? '', good: isGood };
    });

    const didYouMean: SearchLink[] = [];
    if (words.some(({ spelling }) => spelling !== undefined)) {
      const corrected = words.map(({ token, spelling }) => spelling ?? token.surface).join(' ');
      didYouMean.push({ label: corrected, url: paths.searchResults(corrected) });
    }
    const first = ranked[0];
    if (first?.doc !== undefined && ledByEverydayWord(vocabulary, first.doc, words)) {
      didYouMean.push({ label: documents[first.doc]!.title, url: first.url });
    }
    const closest =
      results.length > 0 ? [] : closestPhrases(vocabulary, query).map((phrase) => ({ label: phrase.label, url: urlOf(phrase.doc) }));
    return { query, hits: results, didYouMean, closest, danger, when: [...when] };
  }

  /**
   * The kinds of danger the question carries; or, when it only hints at one, that kind if the
   * question's words lead to its safety page first anyway (two readings agreeing).
   */
  function dangerOf(query: string, byWords: readonly RankedPage[]): DangerKind[] {
    const { kinds, hints } = readDanger(query);
    if (kinds.length > 0) return kinds;
    const first = byWords[0]?.doc;
    const led = hints.find((kind) => first !== undefined && documents[first]!.slug === DANGER_ANSWERS[kind].slug);
    return led ? [led] : [];
  }

  /** The safety page of each kind of danger first, most urgent first, whatever the words scored; then the rest in rank order. */
  function safetyFirst(ranked: readonly RankedPage[], danger: readonly DangerKind[]): Array<RankedPage & { pinned?: true }> {
    const pinned = danger
      .map((kind) => docBySlug.get(DANGER_ANSWERS[kind].slug))
      .filter(isDefined)
      .filter((doc, index, docs) => docs.indexOf(doc) === index)
      .map((doc) => ({ url: urlOf(doc), doc, score: 0, named: true, coverage: 1, pinned: true as const }));
    const pinnedUrls = new Set(pinned.map((page) => page.url));
    return [...pinned, ...ranked.filter((page) => !pinnedUrls.has(page.url))];
  }

  /** Starts loading full text in the background (after the first results show), so later queries that need it don't wait. */
  const prepareFullText = () => void loadFullText();

  return { search, prepareFullText, vocabulary };
}

export type BookSearch = ReturnType<typeof createBookSearch>;

/** The book's spelling of a word typed without æ/ø/å ("parorende" → "pårørende"), if it differs. */
function bookSpelling(vocabulary: Vocabulary, token: Token, matches: readonly WordMatch[]): string | undefined {
  if (!matches.some((match) => match.kind === 'exact')) return undefined;
  const spelling = vocabulary.surfaces.get(token.key);
  return spelling && spelling !== token.surface ? spelling : undefined;
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

function unique<T extends { term: string }>(entries: readonly T[]): T[] {
  return entries.filter((entry, index) => entries.findIndex((other) => other.term === entry.term) === index).slice(0, MAX_TERMS);
}

type QueryWord = { matches: readonly WordMatch[]; aspect: boolean; light?: boolean };

/**
 * Whether the reader reached the article through one of its everyday words ("gamlehjem" →
 * Sykehjem) and not through its title: only then is the title worth saying as "Mente du …?".
 * Aspect words («telefon», «pris») never lead anywhere on their own.
 */
function ledByEverydayWord(vocabulary: Vocabulary, doc: number, words: readonly QueryWord[]): boolean {
  const titleKeys = new Set(parseQuery(vocabulary.documents[doc]!.title).words.map((token) => token.key));
  const sure = (match: WordMatch) => match.kind !== 'part' && match.kind !== 'compound';
  if (words.some(({ matches }) => matches.some((match) => titleKeys.has(match.key) && sure(match)))) return false;
  return words.some(
    ({ matches, aspect, light }) =>
      !aspect && !light && matches.some((match) => sure(match) && vocabulary.aliasKeys.get(match.key)?.has(doc)),
  );
}

/** Article index → how many of the asked aspects it has a section for. */
function aspectLift(documents: readonly SearchDocument[], asked: ReadonlySet<Aspect>): Map<number, number> {
  const lift = new Map<number, number>();
  if (asked.size === 0) return lift;
  documents.forEach((document, doc) => {
    const count = [...asked].filter((aspect) => document.sections?.[aspect]).length;
    if (count > 0) lift.set(doc, count);
  });
  return lift;
}

/** The first section of the article that answers an asked aspect, in the order the reader asked. */
function sectionFor(document: SearchDocument, asked: ReadonlySet<Aspect>) {
  for (const aspect of asked) {
    const section = document.sections?.[aspect];
    if (section) return section;
  }
  return undefined;
}

/** Pagefind's first results for a term with their pages; none if Pagefind fails, so the alias index still answers. */
async function readResults(pagefind: PagefindLike, term: string) {
  try {
    const response = await pagefind.search(term);
    return await Promise.all((response?.results ?? []).slice(0, TEXT_DEPTH).map(async (result) => ({ result, page: await result.data() })));
  } catch {
    return [];
  }
}

/** Whether a word of the text is the term, an inflection of it, or (from four letters) begins with it. */
function holdsWord(text: string, term: string): boolean {
  const word = foldKey(text);
  const typed = foldKey(term);
  return stem(word) === stem(typed) || (typed.length >= 4 && word.startsWith(typed));
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
