import { articleSchema } from './schemas/article.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { lixOfMdx, readableText } from './lix.ts';
import { NATIONAL_NUMBERS } from './national-numbers.ts';

export const LIMITS = {
  maxLix: 40,
  maxSummaryWords: 60,
  minSummarySentences: 2,
  maxSummarySentences: 4,
  minWords: 250,
  maxWords: 800,
  minAliases: 3,
} as const;

export interface ArticleFile {
  /** Path shown in messages, e.g. content/articles/sykehjem.mdx. */
  path: string;
  source: string;
}

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
}

/** Phone numbers as Norwegians write them: 61 31 57 00, 800 30 196, 116 117, 61315700. */
const PHONE = /(?<![\d.,])(?:\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|\d{3} \d{3}|\d{8}|\d{5})(?![\d.,]?\d)/g;
/** An amount in kroner: «230 kr», «1 234 kroner», «kr 500», «500,-». */
const PRICE = /\d[\d\u00a0 ]*(?:,-|\s?(?:kr\.?|kroner|NOK)(?![\p{L}]))|\b(?:kr\.?|NOK)\s?\d[\d\u00a0 ]*/giu;
/** A clock time or an opening-hours range: «kl. 10», «08:00–15:30», «10.00-14.00». */
const OPENING_TIME = /\bkl\.?\s?\d{1,2}|\b\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}\b/gi;
/** A body section that repeats the automatic contact box. */
const CONTACT_SECTION = /^##\s+Hvem kan hjelpe deg\b/im;
const NATIONAL = new Set(NATIONAL_NUMBERS.map((entry) => entry.phone));

/** Local facts written into the text: prices, opening times and phone numbers that are not national. */
export function hardCodedFacts(text: string): string[] {
  const found: string[] = [];
  for (const [match] of text.matchAll(PHONE)) if (!NATIONAL.has(match)) found.push(`telefonnummeret «${match}»`);
  for (const [match] of text.matchAll(PRICE)) found.push(`prisen «${match.trim()}»`);
  for (const [match] of text.matchAll(OPENING_TIME)) found.push(`åpningstiden «${match}»`);
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
  | 'missing-topic';

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
 * Each problem names the file and the rule, so an editor knows what to fix where.
 */
export function lintArticles(files: readonly ArticleFile[], options: LintOptions): LintReport {
  const problems: string[] = [];
  const findings: LintFinding[] = [];
  const rows: LintRow[] = [];
  const slugs = new Set(files.map((file) => slugOf(file.path)));
  const titles = new Map<string, string>();
  const aliasOwners = new Map<string, string[]>();

  for (const file of files) {
    const slug = slugOf(file.path);
    const report = (rule: LintRule, message: string) => {
      problems.push(`${file.path}: ${message}`);
      findings.push({ slugs: [slug], rule, message });
    };
    const parts = splitFrontmatter(file.source);
    if (!parts) {
      report('frontmatter', 'mangler frontmatter mellom to linjer med ---');
      continue;
    }
    const parsed = articleSchema.safeParse(parts.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report('frontmatter', `feltet «${issue.path.join('.') || '(alt)'}»: ${issue.message}`);
      continue;
    }
    const data = parsed.data;
    titles.set(normalise(data.title), slug);

    const { words, lix } = lixOfMdx(parts.body);
    rows.push({ slug, words, lix });
    if (lix > LIMITS.maxLix) report('lix', `LIX ${lix} er over ${LIMITS.maxLix}: bruk kortere setninger og kortere ord`);
    if (words < LIMITS.minWords || words > LIMITS.maxWords)
      report('length', `${words} ord; en artikkel skal ha ${LIMITS.minWords}–${LIMITS.maxWords} ord`);

    const summaryWords = wordsIn(data.summary);
    const summarySentences = sentencesIn(data.summary);
    if (summaryWords > LIMITS.maxSummaryWords)
      report('summary-words', `«Kort fortalt» har ${summaryWords} ord; høyst ${LIMITS.maxSummaryWords}`);
    if (summarySentences < LIMITS.minSummarySentences || summarySentences > LIMITS.maxSummarySentences) {
      report(
        'summary-sentences',
        `«Kort fortalt» har ${summarySentences} setninger; skal ha ${LIMITS.minSummarySentences}–${LIMITS.maxSummarySentences}`,
      );
    }
    if (data.aliases.length < LIMITS.minAliases)
      report('aliases', `har ${data.aliases.length} aliases; trenger minst ${LIMITS.minAliases} hverdagsord`);
    if (data.related.length < 2) report('related-count', 'related må ha 2–5 artikler');

    for (const related of data.related) {
      if (!slugs.has(related)) report('related-missing', `related «${related}» finnes ikke`);
    }
    for (const [, target] of parts.body.matchAll(/\]\((\/[^)#?\s]*)[^)]*\)/g)) {
      const segment = (target ?? '').split('/')[1] ?? '';
      if (segment && !slugs.has(segment) && !options.sitePaths.includes(segment))
        report('broken-link', `lenken «${target}» peker ikke til noen side`);
    }
    for (const [, tag, service] of parts.body.matchAll(/<(Local|Price|Apply)\s+service="([^"]*)"/g)) {
      if (!options.serviceIds.has(service ?? ''))
        report('unknown-service', `<${tag} service="${service}"> finnes ikke i kommunekonfigurasjonen`);
    }
    for (const [, id] of parts.body.matchAll(/<Figure\s+id="([^"]*)"/g)) {
      if (options.figureIds && !options.figureIds.has(id ?? ''))
        report('unknown-figure', `<Figure id="${id}"> finnes ikke blant de nasjonale tallene (content/national/figures.json)`);
    }
    if (CONTACT_SECTION.test(parts.body))
      report(
        'contact-section',
        'har en egen «Hvem kan hjelpe deg»-del: kontaktboksen nederst viser allerede kontaktene (bruk contacts i frontmatter)',
      );
    for (const [, service] of parts.body.matchAll(/<Local\s+service="([^"]*)"\s*\/>/g)) {
      if (data.contacts.includes(service ?? ''))
        report('repeats-contact-box', `<Local service="${service}" /> gjentar kontaktboksen: ${service} står allerede i contacts`);
    }
    const sourceUrls = new Set(data.sources.map((source) => source.url));
    for (const url of data.checkedSources) {
      if (!sourceUrls.has(url)) report('checked-source', `checkedSources «${url}» står ikke blant sources`);
    }
    const text = readableText(parts.body);
    for (const fact of hardCodedFacts(text))
      report(
        'hard-coded-fact',
        `${fact} er skrevet rett i teksten: hent beløp og lokale fakta med <Figure>, <Price>, <Local> eller <Apply>`,
      );
    for (const fact of options.localFacts) {
      if (text.includes(fact)) report('local-fact', `«${fact}» er et lokalt faktum: bruk <Local> eller <Kommune> i stedet`);
    }
    for (const alias of new Set(data.aliases.map(normalise))) {
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), slug]);
    }
  }

  for (const [alias, owners] of aliasOwners) {
    const titleOwner = titles.get(alias);
    if (owners.length > 1) {
      const message = `aliaset «${alias}» står i flere artikler (${owners.join(', ')}): henvisningen «${alias} – se …» blir tvetydig`;
      problems.push(message);
      findings.push({ slugs: owners, rule: 'ambiguous-alias', message });
    } else if (titleOwner !== undefined && titleOwner !== owners[0]) {
      const message = `aliaset «${alias}» i ${owners[0]} er tittelen på ${titleOwner}: henvisningen blir tvetydig`;
      problems.push(message);
      findings.push({ slugs: [...owners, titleOwner], rule: 'ambiguous-alias', message });
    }
  }
  for (const required of options.requiredSlugs) {
    if (slugs.has(required)) continue;
    const message = `content/articles/${required}.mdx mangler: artikkelen står på temalisten`;
    problems.push(message);
    findings.push({ slugs: [required], rule: 'missing-topic', message });
  }
  return { rows: rows.sort((a, b) => a.slug.localeCompare(b.slug)), problems, findings };
}

/**
 * The rules an editor's draft of `slug` still breaks, judged against the rest of the book as it
 * would be with the draft in it (the same rules as `npm run lint:content`, for one article).
 */
export function lintDraft(
  slug: string,
  source: string,
  book: readonly ArticleFile[],
  options: Omit<LintOptions, 'requiredSlugs'>,
): LintFinding[] {
  const path = `content/articles/${slug}.mdx`;
  const files = [...book.filter((file) => slugOf(file.path) !== slug), { path, source }];
  return lintArticles(files, { ...options, requiredSlugs: [] }).findings.filter((finding) => finding.slugs.includes(slug));
}
