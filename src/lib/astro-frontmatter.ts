/**
 * Astro's own frontmatter split beside the core's: the build refuses a file unless the text
 * Astro's MDX compiler would receive is exactly the text the core checked.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFrontmatter } from '../core/frontmatter.ts';

/** What @astrojs/mdx hands its compiler for a file (its own call); undefined when Astro cannot read the frontmatter. */
export function astroCompiledText(source: string): string | undefined {
  try {
    return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    return undefined;
  }
}

/** Whether Astro's MDX compiler would receive exactly the text the core checked. */
export function compilesAsChecked(source: string): boolean {
  const checked = readFrontmatter(source).split?.compiled;
  return checked !== undefined && astroCompiledText(source) === checked;
}
