import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/**
 * An MDX file's YAML frontmatter (YAML 1.2 core schema, so dates stay strings) and its body;
 * undefined when the file does not start with a `---` block. Throws on invalid YAML.
 */
export function splitFrontmatter(source: string): { data: unknown; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  return match ? { data: parse(match[1] ?? ''), body: match[2] ?? '' } : undefined;
}
