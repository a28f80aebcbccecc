/**
 * "Lag utkast": turns a suggestion into an MDX file an editor can finish and put in
 * content/articles/. A correction starts from the article's own frontmatter; a new topic from
 * the suggestion. Fields only a person can fill in (life area, sources) stay empty with a YAML
 * comment, so an unfinished draft fails the content build instead of being published.
 */
import { AREA_SLUGS } from '../../src/core/areas.ts';
import { SUMMARY_MAX, TITLE_MAX } from '../../src/core/articles/limits.ts';
import { joinFrontmatter } from '../../src/core/frontmatter.ts';
import { asciiSlug } from '../../src/core/slug.ts';
import type { Suggestion } from '../../src/core/suggestions/types.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

export type ArticleFrontmatter = Record<string, unknown>;

export type Draft = { fileName: string; content: string };

/** A draft for `suggestion`; `articles` is the frontmatter of every article by slug, `today` is YYYY-MM-DD. */
export function draftFor(suggestion: Suggestion, articles: Readonly<Record<string, ArticleFrontmatter>>, today: string): Draft {
  const article = suggestion.topic !== undefined && Object.hasOwn(articles, suggestion.topic) ? articles[suggestion.topic] : undefined;
  const correction = suggestion.kind === 'correction' && article !== undefined;
  const frontmatter: ArticleFrontmatter = correction
    ? { ...article, reviewed: today }
    : {
        title: shorten(suggestion.title ?? suggestion.text, TITLE_MAX),
        summary: shorten(suggestion.text, SUMMARY_MAX),
        area: typeof article?.area === 'string' ? article.area : null,
        aliases: [],
        related: suggestion.topic !== undefined && article !== undefined ? [suggestion.topic] : [],
        sources: [],
        reviewed: today,
      };
  const slug = correction
    ? suggestion.topic!
    : asciiSlug(String(frontmatter.title)) || moderationText('draft.fallbackSlug', { id: suggestion.id.slice(0, 8) });
  return { fileName: `${slug}.mdx`, content: joinFrontmatter(yamlWithHints(frontmatter), `\n\n${body(suggestion, correction)}`) };
}

const HINTS: Record<string, string> = {
  area: moderationText('draft.areaHint', { areas: AREA_SLUGS.join(', ') }),
  sources: moderationText('draft.sourcesHint'),
};

/**
 * Frontmatter as YAML without a YAML library in the Lambda (frontmatter-fields.ts would add about
 * 115 KB to its bundle): every scalar is written as a JSON string, which is valid YAML, so no
 * citizen text can break out of its value. The one split (frontmatter.ts) puts the delimiters
 * around it and checks it reads back as written.
 */
function yamlWithHints(frontmatter: ArticleFrontmatter): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(frontmatter)) {
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && Object.hasOwn(HINTS, key)) lines.push(`# ${HINTS[key]}`);
    if (value === null || value === undefined) lines.push(`${key}: null`);
    else if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
      lines.push(`${key}:`);
      for (const item of value as Record<string, unknown>[]) {
        Object.entries(item).forEach(([field, fieldValue], index) =>
          lines.push(`${index === 0 ? '  - ' : '    '}${field}: ${JSON.stringify(fieldValue)}`),
        );
      }
    } else if (Array.isArray(value)) lines.push(`${key}: [${value.map((item) => JSON.stringify(item)).join(', ')}]`);
    else lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function body(suggestion: Suggestion, correction: boolean): string {
  const source =
    suggestion.source.type === 'council'
      ? moderationText('source.council', { name: suggestion.source.councilName })
      : moderationText('source.citizen');
  const lines = [
    moderationText('draft.heading', {
      id: suggestion.id,
      kind: moderationText(`kind.${suggestion.kind}`),
      source,
      date: suggestion.createdAt.slice(0, 10),
    }),
    '',
    ...(suggestion.title ? [suggestion.title, ''] : []),
    suggestion.text,
    ...(suggestion.publicAnswer ? ['', moderationText('draft.answer', { answer: suggestion.publicAnswer })] : []),
    '',
    correction ? moderationText('draft.correction', { slug: suggestion.topic ?? '' }) : moderationText('draft.newArticle'),
  ];
  // The suggestion is data: inside an MDX comment it can't render, and "*/" must not end the comment early.
  return `{/*\n${lines.join('\n').replaceAll('*/', '* /')}\n*/}\n`;
}

function shorten(text: string, max: number): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  const chars = [...oneLine];
  return chars.length <= max
    ? oneLine
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
