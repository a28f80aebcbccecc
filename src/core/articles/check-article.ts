/**
 * Whether an article file may be stored and built at all: its frontmatter fits the article model
 * and its body stays inside the safe subset. Used by the editors' API before saving, by the build
 * before anything runs, by the content rules, and by the editor form while typing. Problems carry
 * the file's line and name each field by the label editors see in the form.
 */
import { parseFrontmatter } from '../frontmatter-fields.ts';
import { validate, type SchemaProblem } from '../schema-errors.ts';
import { contentText } from '../text/content.ts';
import { ARTICLE_MODEL, articleSchemaOf, fieldLabel, type ArticleDataOf, type ArticleModel } from './model.ts';
import { checkSafeMdx, type ArticleProblem } from './safe-mdx.ts';

export type { ArticleProblem } from './safe-mdx.ts';

export type ReadArticle<Data> =
  | { data: Data; body: string; compiled: string; problems: [] }
  | { data?: undefined; body: string; compiled?: string; problems: ArticleProblem[] };

/** The parts of a list entry that have a name of their own in messages («Kilder nr. 1 (adresse)»). */
const PARTS = { title: 'part.title', url: 'part.url' } as const;

/** A schema problem as editors read it: «<label>: <message>», «<label> nr. 2: …», «<label> nr. 1 (adresse): …». */
function describe(model: ArticleModel, { path, message }: SchemaProblem): string {
  const [field, index, part] = path;
  const label = fieldLabel(model, String(field));
  if (typeof index !== 'number') return contentText('check.field', { label, message });
  const number = index + 1;
  return typeof part === 'string' && Object.hasOwn(PARTS, part)
    ? contentText('check.itemPart', { label, number, part: contentText(PARTS[part as keyof typeof PARTS]), message })
    : contentText('check.item', { label, number, message });
}

function lineOfField(frontmatter: string, field: unknown): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${String(field)}:`));
  return index === -1 ? undefined : index + 2;
}

/** An article's frontmatter read against `model`: the data, or what is wrong with it, by line. The body is not checked here. */
export function readArticle<M extends ArticleModel = typeof ARTICLE_MODEL>(
  source: string,
  model: M = ARTICLE_MODEL as unknown as M,
): ReadArticle<ArticleDataOf<M>> {
  const parsed = parseFrontmatter(source);
  if (parsed.problem) {
    const { reason, line } = parsed.problem;
    return {
      body: source,
      problems: [{ ...(line ? { line } : {}), rule: 'frontmatter', message: contentText(`frontmatter.${reason}`) }],
    };
  }
  const { yaml, body, compiled } = parsed.split;
  const checked = validate(articleSchemaOf(model), parsed.data);
  if (checked.success) return { data: checked.data as ArticleDataOf<M>, body, compiled, problems: [] };
  return {
    body,
    compiled,
    problems: checked.problems.map((problem) => {
      if (problem.name === '') return { line: 1, rule: 'frontmatter', message: contentText('frontmatter.unreadable') };
      const line = lineOfField(yaml, problem.path[0]);
      return { ...(line ? { line } : {}), rule: 'frontmatter', message: describe(model, problem) };
    }),
  };
}

/** Parses and checks a whole MDX file; `data` is the parsed frontmatter when there is no problem. */
export function checkArticle<M extends ArticleModel = typeof ARTICLE_MODEL>(
  source: string,
  model: M = ARTICLE_MODEL as unknown as M,
): ReadArticle<ArticleDataOf<M>> {
  const read = readArticle(source, model);
  if (read.compiled === undefined) return read;
  // The whole file as the compiler receives it (frontmatter blanked, lines kept), so what is checked is what is compiled.
  const problems = [...read.problems, ...checkSafeMdx(read.compiled)];
  return problems.length === 0 ? read : { body: read.body, compiled: read.compiled, problems };
}
