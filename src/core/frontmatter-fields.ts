/**
 * The one place that reads and writes an article's frontmatter fields as YAML, on the split of
 * frontmatter.ts: parsed (YAML 1.2 core schema, so dates stay strings), written from an object,
 * or edited in place keeping everything else as written.
 */
import { parse, parseDocument, stringify } from 'yaml';
import { joinFrontmatter, readFrontmatter, type FrontmatterRefusal, type FrontmatterSplit } from './frontmatter.ts';

/** A file whose frontmatter can't be read: not the plain form, or YAML that does not parse (`unreadable`). */
export type FrontmatterProblem = { reason: FrontmatterRefusal | 'unreadable'; line?: number };

export type ParsedFrontmatter =
  { data: unknown; split: FrontmatterSplit; problem?: undefined } | { data?: undefined; split?: undefined; problem: FrontmatterProblem };

/**
 * An MDX file's YAML frontmatter, parsed (YAML 1.2 core schema, so dates stay strings), with the
 * split it came from; or why it can't be read, with the line of the file where that is known.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const read = readFrontmatter(source);
  if (!read.split) return { problem: { reason: read.refusal, line: read.line } };
  try {
    return { data: parse(read.split.yaml), split: read.split };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return { problem: { reason: 'unreadable', ...(line ? { line: line + 1 } : {}) } };
  }
}

/** The frontmatter as a plain object of fields; {} when it is missing, unreadable or not an object. */
export function frontmatterFields(source: string): Record<string, unknown> {
  const { data } = parseFrontmatter(source);
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The file for `data` as YAML, in the order of its keys (plain scalars, no line folding), and `body` after a blank line. */
export function writeFrontmatter(data: Readonly<Record<string, unknown>>, body: string): string {
  return joinFrontmatter(stringify(data, { lineWidth: 0 }), `\n\n${body}`);
}

/**
 * The file with some frontmatter fields set (or removed, for `undefined`) and everything else –
 * the other fields, their order and style, comments, the body – kept as written.
 */
export function editFrontmatter(source: string, changes: Readonly<Record<string, unknown>>): string {
  const { split } = readFrontmatter(source);
  if (!split) return source;
  const document = parseDocument(split.yaml);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) document.delete(key);
    else document.set(key, value);
  }
  return joinFrontmatter(document.toString({ lineWidth: 0 }), `\n${split.body}`);
}
