import { readArticle } from './articles/check-article.ts';
import { RELATED_MAX, RELATED_MIN } from './articles/limits.ts';
import { ARTICLE_MODEL, fieldLabel } from './articles/model.ts';
import { lixOfMdx, readableText } from './lix.ts';
import { NATIONAL_NUMBERS } from './national-numbers.ts';
import { contentText } from './text/content.ts';
import type { Language } from './text/language.ts';
import { hardWords, otherStandardForms } from './written-standard.ts';

export const LIMITS = {
  maxLix: 40,
  maxSummaryWords: 60,
  minSummarySentences: 2,
  maxSummarySentences: 4,
  minWords: 250,
  maxWords: 800,
  minAliases: 3,
  minRelated: RELATED_MIN,
  maxRelated: RELATED_MAX,
} as const;

/** A field as the editor form names it. */
const field = (name: keyof typeof ARTICLE_MODEL) => fieldLabel(ARTICLE_MODEL, name);

export interface ArticleFile {
  /** Path shown in messages, e.g. content/articles/sykehjem.mdx. */
  path: string;
  source: string;
}

/** Another article of the book as the rules between articles need it: its address, title and everyday words. */
export type BookEntry = { slug: string; title: string; aliases: readonly string[] };

export interface LintRow {
  slug: string;
  words: number;
  lix: number;
}

export interface LintOptions {
  /** Slugs the book must contain. */
  requiredSlugs: readonly string[];
  /** Service ids of the municipality config, for `<Local service="…">`. */
  serviceIds: ReadonlySet<string>;
  /** Ids of the national figures, for `<Figure id="…">`; without it the ids are not checked. */
  figureIds?: ReadonlySet<string>;
  /** Local facts that must never be written into article text (names, numbers, addresses). */
  localFacts: readonly string[];
  /** First path segments of site pages that internal links may point to besides articles. */
  sitePaths: readonly string[];
  /** The målform the texts are written in: each is read by that language's rules. Default: bokmål. */
  language?: Language;
}

/** Phone numbers as Norwegians write them: 61 31 57 00, 800 30 196, 116 117, 61315700. */
const PHONE = /(?<![\d.,])(?:\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|\d{3} \d{3}|\d{8}|\d{5})(?![\d.,]?\d)/g;
/** An amount in kroner: «230 kr», «1 234 kroner», «kr 500», «500,-». */
const PRICE = /\d[\d\u00a0 ]*(?:,-|\s?(?:kr\.?|kroner|NOK)(?![\p{L}]))|\b(?:kr\.?|NOK)\s?\d[\d\u00a0 ]*/giu;
/** A clock time or an opening-hours range: «kl. 10», «08:00–15:30», «10.00-14.00». */
const OPENING_TIME = /\bkl\.?\s?\d{1,2}|\b\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}\b/gi;
/** A body section that repeats the automatic contact box. */
const CONTACT_SECTION = /^##\s+(?:Hvem|Kven) kan hjelpe deg\b/im;
const NATIONAL = new Set(NATIONAL_NUMBERS.map((entry) => entry.phone));

/** Local facts written into the text: prices, opening times and phone numbers that are not national. */
export function hardCodedFacts(text: string): string[] {
  const found: string[] = [];
  for (const [match] of text.matchAll(PHONE)) if (!NATIONAL.has(match)) found.push(contentText('lint.fact.phone', { value: match }));
  for (const [match] of text.matchAll(PRICE)) found.push(contentText('lint.fact.price', { value: match.trim() }));
  for (const [match] of text.matchAll(OPENING_TIME)) found.push(contentText('lint.fact.openingTime', { value: match }));
  return found;
}

/** One broken rule, with the articles it concerns (several for an ambiguous alias). */
export interface LintFinding {
  slugs: string[];
  rule: LintRule;
  message: string;
}

export type LintRule =
  | 'frontmatter'
  | 'lix'
  | 'length'
  | 'summary-words'
  | 'summary-sentences'
  | 'aliases'
  | 'related-count'
  | 'related-missing'
  | 'broken-link'
  | 'unknown-service'
  | 'unknown-figure'
  | 'contact-section'
  | 'repeats-contact-box'
  | 'checked-source'
  | 'hard-coded-fact'
  | 'local-fact'
  | 'ambiguous-alias'
  | 'missing-topic'
  | 'other-standard'
  | 'hard-word';

export interface LintReport {
  rows: LintRow[];
  /** Each finding as one line naming the file, for the command line. */
  problems: string[];
  findings: LintFinding[];
}

const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.mdx$/, '');
const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
const sentencesIn = (text: string) => text.split(/[.!?]+(?=\s|$)/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
const normalise = (word: string) => word.trim().toLocaleLowerCase('nb');

/**
 * Checks every article against the plain-language bar and the rules that keep the book whole.
 * Each problem names the file and the rule, so an editor knows what to fix where. `others` are
 * articles the files are judged against (links, related articles, ambiguous entries) without being checked themselves.
 */
export function lintArticles(files: readonly ArticleFile[], options: LintOptions, others: readonly BookEntry[] = []): LintReport {
  const problems: string[] = [];
  const findings: LintFinding[] = [];
  const rows: LintRow[] = [];
  const slugs = new Set([...files.map((file) => slugOf(file.path)), ...others.map((entry) => entry.slug)]);
  const titles = new Map<string, string>(others.map((entry) => [normalise(entry.title), entry.slug]));
  const aliasOwners = new Map<string, string[]>();
  for (const entry of others) {
    for (const alias of new Set(entry.aliases.map(normalise))) aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), entry.slug]);
  }

  for (const file of files) {
    const slug = slugOf(file.path);
    const report = (rule: LintRule, message: string) => {
      problems.push(`${file.path}: ${message}`);
      findings.push({ slugs: [slug], rule, message });
    };
    const read = readArticle(file.source);
    if (!read.data) {
      for (const problem of read.problems)
        report(
          'frontmatter',
          problem.line ? contentText('lint.atLine', { line: problem.line, message: problem.message }) : problem.message,
        );
      continue;
    }
    const { data, body } = read;
    titles.set(normalise(data.title), slug);

    const { words, lix } = lixOfMdx(body);
    rows.push({ slug, words, lix });
    if (lix > LIMITS.maxLix) report('lix', contentText('lint.lix', { lix, max: LIMITS.maxLix }));
    if (words < LIMITS.minWords || words > LIMITS.maxWords)
      report('length', contentText('lint.length', { words, min: LIMITS.minWords, max: LIMITS.maxWords }));

    const summaryWords = wordsIn(data.summary);
    const summarySentences = sentencesIn(data.summary);
    if (summaryWords > LIMITS.maxSummaryWords)
      report(
        'summary-words',
        contentText('lint.summaryWords', { field: field('summary'), words: summaryWords, max: LIMITS.maxSummaryWords }),
      );
    if (summarySentences < LIMITS.minSummarySentences || summarySentences > LIMITS.maxSummarySentences) {
      report(
        'summary-sentences',
        contentText('lint.summarySentences', {
          field: field('summary'),
          sentences: summarySentences,
          min: LIMITS.minSummarySentences,
          max: LIMITS.maxSummarySentences,
        }),
      );
    }
    if (data.aliases.length < LIMITS.minAliases)
      report('aliases', contentText('lint.aliases', { field: field('aliases'), count: data.aliases.length, min: LIMITS.minAliases }));
    if (data.related.length < LIMITS.minRelated)
      report(
        'related-count',
        contentText('lint.relatedCount', { field: field('related'), min: LIMITS.minRelated, max: LIMITS.maxRelated }),
      );

    for (const related of data.related) {
      if (!slugs.has(related)) report('related-missing', contentText('lint.relatedMissing', { field: field('related'), slug: related }));
    }
    for (const [, target] of body.matchAll(/\]\((\/[^)#?\s]*)[^)]*\)/g)) {
      const segment = (target ?? '').split('/')[1] ?? '';
      if (segment && !slugs.has(segment) && !options.sitePaths.includes(segment))
        report('broken-link', contentText('lint.brokenLink', { target: target ?? '' }));
    }
    for (const [, tag, service] of body.matchAll(/<(Local|Price|Apply)\s+service="([^"]*)"/g)) {
      if (!options.serviceIds.has(service ?? ''))
        report('unknown-service', contentText('lint.unknownService', { tag: tag ?? '', service: service ?? '' }));
    }
    for (const [, id] of body.matchAll(/<Figure\s+id="([^"]*)"/g)) {
      if (options.figureIds && !options.figureIds.has(id ?? ''))
        report('unknown-figure', contentText('lint.unknownFigure', { id: id ?? '' }));
    }
    if (CONTACT_SECTION.test(body)) report('contact-section', contentText('lint.contactSection', { field: field('contacts') }));
    for (const [, service] of body.matchAll(/<Local\s+service="([^"]*)"\s*\/>/g)) {
      if (data.contacts.includes(service ?? ''))
        report('repeats-contact-box', contentText('lint.repeatsContactBox', { field: field('contacts'), service: service ?? '' }));
    }
    const sourceUrls = new Set(data.sources.map((source) => source.url));
    for (const url of data.checkedSources) {
      if (!sourceUrls.has(url))
        report('checked-source', contentText('lint.checkedSource', { field: field('checkedSources'), url, sources: field('sources') }));
    }
    const text = readableText(body);
    for (const fact of hardCodedFacts(text)) report('hard-coded-fact', contentText('lint.hardCodedFact', { fact }));
    for (const fact of options.localFacts) {
      if (text.includes(fact)) report('local-fact', contentText('lint.localFact', { fact }));
    }
    const language = options.language ?? 'nb';
    const prose = [data.title, data.summary, text].join('\n');
    for (const word of otherStandardForms(prose, language))
      report('other-standard', contentText('lint.otherStandard', { word, language: contentText(`language.${language}`) }));
    for (const { word, plain } of hardWords(prose, language)) report('hard-word', contentText('lint.hardWord', { word, plain }));
    for (const alias of new Set(data.aliases.map(normalise))) {
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), slug]);
    }
  }

  for (const [alias, owners] of aliasOwners) {
    const titleOwner = titles.get(alias);
    if (owners.length > 1) {
      const message = contentText('lint.aliasInSeveral', { alias, slugs: owners.join(', ') });
      problems.push(message);
      findings.push({ slugs: owners, rule: 'ambiguous-alias', message });
    } else if (titleOwner !== undefined && titleOwner !== owners[0]) {
      const message = contentText('lint.aliasIsTitle', { alias, slug: owners[0] ?? '', owner: titleOwner });
      problems.push(message);
      findings.push({ slugs: [...owners, titleOwner], rule: 'ambiguous-alias', message });
    }
  }
  for (const required of options.requiredSlugs) {
    if (slugs.has(required)) continue;
    const message = contentText('lint.missingTopic', { path: `content/articles/${required}.mdx` });
    problems.push(message);
    findings.push({ slugs: [required], rule: 'missing-topic', message });
  }
  return { rows: rows.sort((a, b) => a.slug.localeCompare(b.slug)), problems, findings };
}

/** The book's articles as the rules between articles need them; an article whose frontmatter breaks the model counts by its address only. */
export function bookEntries(sources: Readonly<Record<string, string>>): BookEntry[] {
  return Object.entries(sources).map(([slug, source]) => {
    const { data } = readArticle(source);
    return { slug, title: data?.title ?? '', aliases: data?.aliases ?? [] };
  });
}

/**
 * The rules an editor's draft of `slug` still breaks, judged against the rest of the book as it
 * would be with the draft in it (the same rules as `npm run lint:content`, for one article).
 */
export function lintDraft(
  slug: string,
  source: string,
  book: readonly BookEntry[],
  options: Omit<LintOptions, 'requiredSlugs'>,
): LintFinding[] {
  const others = book.filter((entry) => entry.slug !== slug);
  return lintArticles([{ path: `content/articles/${slug}.mdx`, source }], { ...options, requiredSlugs: [] }, others).findings.filter(
    (finding) => finding.slugs.includes(slug),
  );
}
