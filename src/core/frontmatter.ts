/**
 * The one place that splits an MDX file into its YAML frontmatter and its body, by Astro's own
 * rule, so what the safe-MDX check reads is exactly what Astro compiles. Astro
 * (`@astrojs/internal-helpers/frontmatter`, used by the content layer and the MDX compiler) ends
 * the frontmatter at the first line that STARTS with `---` or `+++`, and hands the compiler the
 * whole file with the frontmatter blanked to spaces. A file whose frontmatter is not the plain
 * form – `---` alone on the first line, YAML, `---` alone on the closing line, no second block –
 * is refused here, so no reading of it can differ from Astro's. Reading and writing the fields
 * themselves is frontmatter-fields.ts (with the YAML library, which this module leaves out of the
 * functions that only split or join).
 */

/** Astro's frontmatter rule, character for character (tests/unit/articles/frontmatter-splits-as-astro-does.test.ts proves the agreement). */
export const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Why a source has no plain YAML frontmatter. */
export type FrontmatterRefusal =
  /** No frontmatter at all. */
  | 'missing'
  /** Something before the opening `---` (a byte-order mark, a blank line, spaces) or text after it on its line, or TOML (`+++`). */
  | 'opening'
  /** The first line starting with `---` or `+++` after the opening is not exactly `---`: Astro would end the frontmatter there. */
  | 'closing'
  /** A YAML document marker (`...`) inside the frontmatter. */
  | 'document-marker'
  /** The body starts with another `---` or `+++` block. */
  | 'second-block';

export type FrontmatterSplit = {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** The text after the closing `---` line, as written. */
  body: string;
  /** The line of the file on which `body` starts. */
  bodyLine: number;
  /** The file as Astro's MDX compiler receives it: frontmatter and delimiters blanked to spaces, line breaks kept. */
  compiled: string;
};

export type FrontmatterRead =
  { split: FrontmatterSplit; refusal?: undefined } | { split?: undefined; refusal: FrontmatterRefusal; line: number };

const lineAt = (source: string, index: number): number => source.slice(0, index).split('\n').length;

/** Blanks the frontmatter as Astro's `parseFrontmatter(code, { frontmatter: 'empty-with-spaces' })` does. */
function blanked(source: string, index: number, whole: string, raw: string): string {
  return `${source.slice(0, index)}   ${raw.replace(/[^\r\n]/g, ' ')}   ${source.slice(index + whole.length)}`;
}

/** Splits a source by Astro's rule, refusing every form but plain YAML frontmatter. */
export function readFrontmatter(source: string): FrontmatterRead {
  const match = ASTRO_FRONTMATTER.exec(source);
  if (!match) return { refusal: source.startsWith('---') || source.startsWith('+++') ? 'closing' : 'missing', line: 1 };
  const raw = match[1] ?? '';
  const delimiterAt = match.index + match[0].length - 3 - raw.length - 3;
  if (delimiterAt !== 0 || !match[0].startsWith('---') || !/^\r?\n/.test(raw)) return { refusal: 'opening', line: 1 };
  const end = match[0].length;
  const closingLine = lineAt(source, end);
  const lineBreak = /^\r?\n/.exec(source.slice(end))?.[0] ?? '';
  if (!match[0].endsWith('---') || (lineBreak === '' && end !== source.length)) return { refusal: 'closing', line: closingLine };
  const marker = /^\.\.\.|\n\.\.\./.exec(raw);
  if (marker) return { refusal: 'document-marker', line: lineAt(source, 3 + marker.index + (raw[marker.index] === '\n' ? 1 : 0)) };
  const body = source.slice(end + lineBreak.length);
  const second = /^(?:[ \t]*\r?\n)*(?:---|\+\+\+)/.exec(body);
  if (second) return { refusal: 'second-block', line: lineAt(source, end + lineBreak.length + second[0].length - 3) };
  return {
    split: {
      yaml: raw.replace(/^\r?\n/, '').replace(/\r?\n$/, ''),
      body,
      bodyLine: closingLine + 1,
      compiled: blanked(source, match.index, match[0], raw),
    },
  };
}

/**
 * The file for a frontmatter and a body. Throws when the YAML holds a line that would end the
 * frontmatter early by Astro's rule (a key written `+++` or `---x` without quotes), so a rewrite
 * can never turn a checked file into one that compiles differently.
 */
export function joinFrontmatter(yaml: string, rest: string): string {
  const source = `---\n${yaml.trimEnd()}\n---${rest}`;
  if (readFrontmatter(source).split?.yaml !== yaml.trimEnd()) throw new Error('The frontmatter would not read back as written.');
  return source;
}
