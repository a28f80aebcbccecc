import { articleSchema } from './schemas/article.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { lixOfMdx, readableText } from './lix.ts';

export const LIMITS = { maxLix: 40, maxSummaryWords: 60, minSummarySentences: 2, maxSummarySentences: 4, minWords: 250, maxWords: 800, minAliases: 3 } as const;

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
  /** Local facts that must never be written into article text (names, numbers, addresses). */
  localFacts: readonly string[];
  /** First path segments of site pages that internal links may point to besides articles. */
  sitePaths: readonly string[];
}

export interface LintReport {
  rows: LintRow[];
  problems: string[];
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
  const rows: LintRow[] = [];
  const slugs = new Set(files.map((file) => slugOf(file.path)));
  const titles = new Map<string, string>();
  const aliasOwners = new Map<string, string[]>();

  for (const file of files) {
    const slug = slugOf(file.path);
    const report = (rule: string) => problems.push(`${file.path}: ${rule}`);
    const parts = splitFrontmatter(file.source);
    if (!parts) {
      report('mangler frontmatter mellom to linjer med ---');
      continue;
    }
    const parsed = articleSchema.safeParse(parts.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(`feltet «${issue.path.join('.') || '(alt)'}»: ${issue.message}`);
      continue;
    }
    const data = parsed.data;
    titles.set(normalise(data.title), slug);

    const { words, lix } = lixOfMdx(parts.body);
    rows.push({ slug, words, lix });
    if (lix > LIMITS.maxLix) report(`LIX ${lix} er over ${LIMITS.maxLix}: bruk kortere setninger og kortere ord`);
    if (words < LIMITS.minWords || words > LIMITS.maxWords) report(`${words} ord; en artikkel skal ha ${LIMITS.minWords}–${LIMITS.maxWords} ord`);

    const summaryWords = wordsIn(data.summary);
    const summarySentences = sentencesIn(data.summary);
    if (summaryWords > LIMITS.maxSummaryWords) report(`«Kort fortalt» har ${summaryWords} ord; høyst ${LIMITS.maxSummaryWords}`);
    if (summarySentences < LIMITS.minSummarySentences || summarySentences > LIMITS.maxSummarySentences) {
      report(`«Kort fortalt» har ${summarySentences} setninger; skal ha ${LIMITS.minSummarySentences}–${LIMITS.maxSummarySentences}`);
    }
    if (data.aliases.length < LIMITS.minAliases) report(`har ${data.aliases.length} aliases; trenger minst ${LIMITS.minAliases} hverdagsord`);
    if (data.related.length < 2) report('related må ha 2–5 artikler');

    for (const related of data.related) {
      if (!slugs.has(related)) report(`related «${related}» finnes ikke`);
    }
    for (const [, target] of parts.body.matchAll(/\]\((\/[^)#?\s]*)[^)]*\)/g)) {
      const segment = (target ?? '').split('/')[1] ?? '';
      if (segment && !slugs.has(segment) && !options.sitePaths.includes(segment)) report(`lenken «${target}» peker ikke til noen side`);
    }
    for (const [, service] of parts.body.matchAll(/<Local\s+service="([^"]*)"/g)) {
      if (!options.serviceIds.has(service ?? '')) report(`<Local service="${service}"> finnes ikke i kommunekonfigurasjonen`);
    }
    const text = readableText(parts.body);
    for (const fact of options.localFacts) {
      if (text.includes(fact)) report(`«${fact}» er et lokalt faktum: bruk <Local> eller <Kommune> i stedet`);
    }
    for (const alias of new Set(data.aliases.map(normalise))) {
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), slug]);
    }
  }

  for (const [alias, owners] of aliasOwners) {
    const titleOwner = titles.get(alias);
    if (owners.length > 1) {
      problems.push(`aliaset «${alias}» står i flere artikler (${owners.join(', ')}): henvisningen «${alias} – se …» blir tvetydig`);
    } else if (titleOwner !== undefined && titleOwner !== owners[0]) {
      problems.push(`aliaset «${alias}» i ${owners[0]} er tittelen på ${titleOwner}: henvisningen blir tvetydig`);
    }
  }
  for (const required of options.requiredSlugs) {
    if (!slugs.has(required)) problems.push(`content/articles/${required}.mdx mangler: artikkelen står på temalisten`);
  }
  return { rows: rows.sort((a, b) => a.slug.localeCompare(b.slug)), problems };
}
