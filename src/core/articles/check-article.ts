/**
 * Whether an article file may be stored and built at all: its frontmatter fits the schema and
 * its body stays inside the safe subset. Used by the editors' API before saving, by the build
 * before anything runs, and by the editor form while typing. Problems carry the file's line.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { readFrontmatter, type FrontmatterRefusal } from '../frontmatter.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { checkSafeMdx, type ArticleProblem } from './safe-mdx.ts';

export type { ArticleProblem } from './safe-mdx.ts';

export type CheckedArticle =
  { data: ArticleData; body: string; problems: [] } | { data?: undefined; body: string; problems: ArticleProblem[] };

/** What is wrong with a frontmatter that is not the plain form, and what to do. */
const FRONTMATTER_REFUSALS: Readonly<Record<FrontmatterRefusal, string>> = {
  missing: 'Artikkelen må begynne med feltene (frontmatter) mellom to linjer med ---.',
  opening: 'Den første linjen må være --- alene, uten noe foran eller bak (og uten tomme linjer over).',
  closing: 'Feltene øverst må slutte med en linje med bare ---. En linje som begynner med --- eller +++ avslutter feltene.',
  'document-marker': 'En linje som begynner med ... er ikke tillatt blant feltene øverst. Fjern den.',
  'second-block': 'Teksten kan ikke begynne med enda en blokk med ---. Fjern linjen, eller skriv tekst over den.',
};

/** Field names as the editor form labels them. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Tittel',
  summary: 'Kort fortalt',
  area: 'Livsområde',
  aliases: 'Andre ord for temaet',
  related: 'Relaterte artikler',
  sources: 'Kilder',
  reviewed: 'Sist gjennomgått',
  nextReview: 'Neste gjennomgang',
  checkedSources: 'Kontrollerte kilder',
  localRules: 'Kommunen har egne regler',
  audience: 'Skrevet for',
  contacts: 'Hvem kan hjelpe deg',
};

/** A Norwegian message for every check the schema does not word itself. */
function norwegianIssue(issue: { code?: string; input?: unknown; minimum?: unknown; maximum?: unknown; origin?: unknown }): string {
  if (issue.input === undefined || issue.input === null) return 'mangler';
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `trenger minst ${issue.minimum}` : `er for kort (minst ${issue.minimum} tegn)`;
    case 'too_big':
      return issue.origin === 'array' ? `kan ha høyst ${issue.maximum}` : `er for lang (høyst ${issue.maximum} tegn)`;
    case 'invalid_value':
      return 'må være et av valgene i listen';
    case 'invalid_format':
      return 'er ikke en gyldig nettadresse';
    case 'invalid_type':
      return 'har feil form (for eksempel en dato som 2026-11-28, eller en liste)';
    default:
      return 'er ikke gyldig';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  const [field, index, part] = path;
  const label = FIELD_LABELS[String(field)] ?? String(field ?? 'Frontmatter');
  if (typeof index === 'number') return `${label} nr. ${index + 1}${part === 'url' ? ' (adresse)' : part === 'title' ? ' (tittel)' : ''}`;
  return label;
}

function lineOfField(frontmatter: string, field: unknown): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${String(field)}:`));
  return index === -1 ? undefined : index + 2;
}

/** Parses and checks a whole MDX file; `data` is the parsed frontmatter when there is no problem. */
export function checkArticle(source: string): CheckedArticle {
  const read = readFrontmatter(source);
  if (!read.split)
    return { body: source, problems: [{ line: read.line, rule: 'frontmatter', message: FRONTMATTER_REFUSALS[read.refusal] }] };
  const { yaml: frontmatter, body, compiled } = read.split;
  let raw: unknown;
  try {
    raw = parseYaml(frontmatter);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return {
      body,
      problems: [
        {
          ...(line ? { line: line + 1 } : {}),
          rule: 'frontmatter',
          message: 'Feltene øverst kan ikke leses. Sjekk kolon, innrykk og anførselstegn.',
        },
      ],
    };
  }
  const problems: ArticleProblem[] = [];
  const parsed = articleSchema.safeParse(raw, { error: (issue) => norwegianIssue(issue as never) });
  if (!parsed.success) {
    for (const issue of (parsed.error as z.ZodError).issues) {
      const line = lineOfField(frontmatter, issue.path[0]);
      problems.push({ ...(line ? { line } : {}), rule: 'frontmatter', message: `${describePath(issue.path)}: ${issue.message}` });
    }
  }
  // The whole file as the compiler receives it (frontmatter blanked, lines kept), so what is checked is what is compiled.
  problems.push(...checkSafeMdx(compiled));
  if (problems.length > 0 || !parsed.success) return { body, problems };
  return { data: parsed.data, body, problems: [] };
}
