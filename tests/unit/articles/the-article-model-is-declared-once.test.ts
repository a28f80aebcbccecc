/**
 * Adding an article field is a change in the article model plus its texts: a model with one more
 * field gets it in the frontmatter schema, the editors' form and its values, the frontmatter
 * writer and the checker, with nothing else changed. And where the model says a field shows,
 * the reader's page and the printed book read it (and nothing else of the model's fields).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editorFields, fieldsOf, sourceOf } from '../../../src/core/articles/article-form.ts';
import { checkArticle } from '../../../src/core/articles/check-article.ts';
import { ARTICLE_MODEL, articleSchemaOf, type ArticleModel, type Place } from '../../../src/core/articles/model.ts';
import { frontmatterFields } from '../../../src/core/frontmatter-fields.ts';
import { contentText } from '../../../src/core/text/content.ts';

const sykehjem = readFileSync('content/articles/sykehjem.mdx', 'utf8');

/** The real model and one field more: what to do first, one line, shown on the page. */
const WITH_FIRST_STEP = {
  ...ARTICLE_MODEL,
  firstStep: { schema: z.string().min(10), label: 'field.councilReviews', control: 'line', shows: ['page'] },
} as const satisfies ArticleModel;
const LABEL = contentText('field.councilReviews');
const withFirstStep = (step: string) => sykehjem.replace(/^reviewed: .*$/m, (line) => `${line}\nfirstStep: ${step}`);

describe('a field added to the article model', () => {
  it('is in the frontmatter schema', () => {
    const schema = articleSchemaOf(WITH_FIRST_STEP);
    const data = frontmatterFields(sykehjem);
    expect(schema.safeParse(data).error?.issues.map((issue) => issue.path)).toEqual([['firstStep']]);
    expect(schema.parse({ ...data, firstStep: 'Ring tildelingskontoret.' }).firstStep).toBe('Ring tildelingskontoret.');
  });

  it('is in the editors’ form with its label and control, and its value is read and written back', () => {
    const field = editorFields(WITH_FIRST_STEP).find((entry) => entry.name === 'firstStep');
    expect(field).toEqual({ name: 'firstStep', control: 'line', label: LABEL, required: true });
    expect(editorFields(ARTICLE_MODEL).map((entry) => entry.name)).not.toContain('firstStep');

    const fields = fieldsOf(withFirstStep('Ring tildelingskontoret.'), WITH_FIRST_STEP);
    expect(fields.firstStep).toBe('Ring tildelingskontoret.');
    const written = sourceOf({ ...fields, firstStep: '  Søk om plass hos kommunen. ' }, WITH_FIRST_STEP);
    expect(frontmatterFields(written).firstStep).toBe('Søk om plass hos kommunen.');
    expect(checkArticle(written, WITH_FIRST_STEP).problems).toEqual([]);
  });

  it('is checked by the checker, named by its label at its line', () => {
    expect(checkArticle(sykehjem, WITH_FIRST_STEP).problems).toEqual([{ rule: 'frontmatter', message: `${LABEL}: Fyll ut dette feltet.` }]);
    const short = withFirstStep('Ring.');
    const line = short.split('\n').findIndex((text) => text.startsWith('firstStep:')) + 1;
    expect(checkArticle(short, WITH_FIRST_STEP).problems).toEqual([
      { line, rule: 'frontmatter', message: `${LABEL}: Skriv minst 10 tegn.` },
    ]);
    expect(checkArticle(withFirstStep('Ring tildelingskontoret.'), WITH_FIRST_STEP).data?.firstStep).toBe('Ring tildelingskontoret.');
    // The real model keeps a field it does not know as written: the editor form carries it in `rest`.
    expect(checkArticle(withFirstStep('Ring.')).problems).toEqual([]);
    expect(fieldsOf(withFirstStep('Ring.')).rest).toMatchObject({ firstStep: 'Ring.' });
  });
});

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? astroFiles(path) : path.endsWith('.astro') ? [path] : [];
  });
}

/** The templates readers see of each place: the printed book's, and every other page and component but the editors'. */
const PRINT = (path: string) => path.includes('/booklet/') || path.includes('/trykk/');
const EDITORS = (path: string) => path.includes('/redaksjon/') || path.includes('/editors/');
const templates: Record<Extract<Place, 'page' | 'print'>, string> = {
  page: ['src/pages', 'src/components']
    .flatMap(astroFiles)
    .filter((path) => !PRINT(path) && !EDITORS(path))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n'),
  print: ['src/pages', 'src/components']
    .flatMap(astroFiles)
    .filter(PRINT)
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n'),
};

describe('where the article model says a field shows', () => {
  it.each(['page', 'print'] as const)('the %s templates read exactly the fields the model shows there', (place) => {
    const read = Object.keys(ARTICLE_MODEL).filter((name) => new RegExp(`\\bdata\\.${name}\\b`).test(templates[place]));
    const declared = Object.entries(ARTICLE_MODEL)
      .filter(([, field]) => (field.shows as readonly Place[]).includes(place))
      .map(([name]) => name);
    expect(read).toEqual(declared);
  });
});
