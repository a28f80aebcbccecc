/**
 * One frontmatter split: no module but src/core/frontmatter.ts writes the `---` lines around a
 * frontmatter (the YAML library is held to src/core/frontmatter-fields.ts by the dependency rule
 * `frontmatter-yaml-in-one-place`), so every file the book reads or writes is cut the way Astro cuts it.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DELIMITER = /---\\n|\\n---/;

describe('the frontmatter', () => {
  it('is joined only by src/core/frontmatter.ts', () => {
    const files = globSync('{src,functions,infra,tools}/**/*.{ts,astro,mjs}').filter((path) => !path.includes('/generated/'));
    expect(files.length).toBeGreaterThan(100);
    const joining = files.filter((path) => DELIMITER.test(readFileSync(path, 'utf8')));
    expect(joining).toEqual(['src/core/frontmatter.ts']);
  });
});
