import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/core/articles/check-article.ts';
import { readFrontmatter } from '../../../src/core/frontmatter.ts';
import { astroCompiledText, compilesAsChecked } from '../../../src/lib/astro-frontmatter.ts';

const article = readFileSync('content/articles/sykehjem.mdx', 'utf8');
const [, yamlPart = '', bodyPart = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article) ?? [];
const yaml = yamlPart.split('\n');

/** Code that would run when the site is built, written so that it is also valid YAML (a key and a value). */
const PAYLOADS: [name: string, lines: string[]][] = [
  ['an export', [`export const planted = ({ x: import('node:fs').then((fs) => fs.writeFileSync('/tmp/planted', 'x')) })`]],
  ['an expression', [`{globalThis.planted = ({ x: process.env })}`]],
  ['an import', [`import fs from 'node:fs'`, `export const y = ({ x: fs.writeFileSync('/tmp/planted', 'x') })`]],
];

/** Every way to write the frontmatter's delimiters that some reader might take for YAML frontmatter. */
const VARIANTS: [name: string, build: (payload: string[]) => string][] = [
  [
    'a line starting with --- inside the frontmatter (---x: 1)',
    (p) => `---\n${yaml.join('\n')}\n---x: 1\n${p.join('\n')}\n---\n${bodyPart}`,
  ],
  ['a closing line ---x: 1', (p) => `---\n${yaml.join('\n')}\n---x: 1\n${p.join('\n')}\n${bodyPart}`],
  ['a closing line with trailing spaces', (p) => `---\n${yaml.join('\n')}\n---   \n${p.join('\n')}\n${bodyPart}`],
  ['a closing line with leading spaces', (p) => `---\n${yaml.join('\n')}\n  ---\n${p.join('\n')}\n---\n${bodyPart}`],
  ['a closing line ----', (p) => `---\n${yaml.join('\n')}\n----\n${p.join('\n')}\n${bodyPart}`],
  ['an opening line with trailing spaces', (p) => `---  \n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['an opening line with leading spaces', (p) => `  ---\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['an opening line followed by text', (p) => `---title: x\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['the YAML document end ... as closing', (p) => `---\n${yaml.join('\n')}\n...\n${p.join('\n')}\n---\n${bodyPart}`],
  ['the YAML document end ... without a later ---', (p) => `---\n${yaml.join('\n')}\n...\n${p.join('\n')}\n${bodyPart}`],
  ['CRLF line ends', (p) => `---\r\n${yaml.join('\r\n')}\r\n---\r\n${p.join('\r\n')}\r\n${bodyPart.replaceAll('\n', '\r\n')}`],
  ['CRLF with a lone CR before the closing ---', (p) => `---\r\n${yaml.join('\r\n')}\r---\r\n${p.join('\r\n')}\r\n---\r\n${bodyPart}`],
  ['a byte-order mark', (p) => `\uFEFF---\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['a leading blank line', (p) => `\n---\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['a leading line of spaces', (p) => `   \n---\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
  ['a second frontmatter block', (p) => `---\n${yaml.join('\n')}\n---\n---\n${p.join('\n')}\n---\n${bodyPart}`],
  ['a second block after a blank line', (p) => `---\n${yaml.join('\n')}\n---\n\n---\ntitle: x\n---\n${p.join('\n')}\n${bodyPart}`],
  ['TOML (+++)', (p) => `+++\ntitle = "Sykehjem"\n+++\n${p.join('\n')}\n${bodyPart}`],
  ['a +++ line closing YAML', (p) => `---\n${yaml.join('\n')}\n+++\n${p.join('\n')}\n---\n${bodyPart}`],
  ['a +++ line inside the frontmatter', (p) => `---\n${yaml.join('\n')}\n+++x: 1\n${p.join('\n')}\n---\n${bodyPart}`],
  ['the payload as the body', (p) => `---\n${yaml.join('\n')}\n---\n${p.join('\n')}\n${bodyPart}`],
];

/** The nodes of a text that would run code when MDX compiles it. */
function codeIn(text: string): string[] {
  const found: string[] = [];
  const visit = (node: { type: string; children?: unknown[]; data?: { estree?: { body: unknown[] } } }) => {
    if (node.type === 'mdxjsEsm') found.push(node.type);
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && (node.data?.estree?.body.length ?? 1) > 0)
      found.push(node.type);
    for (const child of node.children ?? []) visit(child as never);
  };
  try {
    visit(fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as never);
  } catch {
    // A text the MDX parser cannot read does not compile either.
  }
  return found;
}

/** The build's gate, as src/lib/safe-articles-loader.ts applies it to every file. */
const buildAccepts = (source: string) => checkArticle(source).problems.length === 0 && compilesAsChecked(source);

describe('the frontmatter split', () => {
  it('uses the copy of Astro’s helper that @astrojs/mdx itself loads', () => {
    const fromMdx = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx')).resolve('@astrojs/internal-helpers/frontmatter');
    expect(createRequire(import.meta.url).resolve('@astrojs/internal-helpers/frontmatter')).toBe(fromMdx);
  });

  it('accepts the real article, and gives the compiler exactly the text Astro gives it', () => {
    expect(checkArticle(article).problems).toEqual([]);
    expect(readFrontmatter(article).split?.compiled).toBe(astroCompiledText(article));
    expect(compilesAsChecked(article)).toBe(true);
  });

  describe.each(PAYLOADS)('with %s after the delimiters', (_payloadName, payload) => {
    it.each(VARIANTS)('refuses %s, in the checker and in the build, and nothing it holds reaches the compiler', (_name, build) => {
      const source = build(['', ...payload, '']);
      expect(checkArticle(source).problems.length).toBeGreaterThan(0);
      expect(buildAccepts(source)).toBe(false);
      // Where both split the file, the splits agree, so the check read what would be compiled.
      const split = readFrontmatter(source).split;
      const astro = astroCompiledText(source);
      if (split && astro !== undefined) expect(split.compiled).toBe(astro);
    });
  });

  it('refuses the source the attack used, which the earlier split passed as YAML', () => {
    const attack = VARIANTS[0]![1](['', ...PAYLOADS[0]![1], '']);
    const compiled = astroCompiledText(attack);
    expect(compiled).toBeDefined();
    expect(codeIn(compiled!)).toContain('mdxjsEsm');
    expect(checkArticle(attack).problems).toContainEqual(expect.objectContaining({ rule: 'frontmatter', line: yaml.length + 2 }));
  });

  it('agrees with Astro on every file it accepts, and nothing the build accepts reaches the compiler as code', () => {
    const line = fc.constantFrom(
      '---',
      '--- ',
      ' ---',
      '---x: 1',
      '----',
      '+++',
      '...',
      '',
      '  ',
      'title: Sykehjem',
      'x: 1',
      'Tekst i avsnittet.',
      `export const x = ({ a: import('node:fs') })`,
      `import fs from 'node:fs'`,
      '{process.exit(1)}',
    );
    const delimiter = fc.constantFrom('---', '--- ', ' ---', '---x: 1', '----', '+++', '...');
    const source = fc
      .record({
        start: fc.constantFrom('', '', '\uFEFF', '\n', ' \n'),
        opening: delimiter,
        inserted: fc.array(fc.tuple(fc.nat(yaml.length), line), { maxLength: 2 }),
        closing: delimiter,
        body: fc.array(line, { maxLength: 6 }),
        eol: fc.constantFrom('\n', '\r\n'),
      })
      .map(({ start, opening, inserted, closing, body, eol }) => {
        const frontmatter = [...yaml];
        for (const [at, extra] of inserted) frontmatter.splice(at, 0, extra);
        return `${start}${[opening, ...frontmatter, closing, ...body].join(eol)}${eol}`;
      });
    fc.assert(
      fc.property(source, (text) => {
        const split = readFrontmatter(text).split;
        if (split && astroCompiledText(text) !== undefined) expect(split.compiled).toBe(astroCompiledText(text));
        if (split) expect(codeIn(split.compiled)).toEqual(codeIn(astroCompiledText(text) ?? split.compiled));
        if (buildAccepts(text)) expect(codeIn(astroCompiledText(text)!)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
