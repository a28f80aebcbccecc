/**
 * What the article model, its checker, the frontmatter reader, the content rules and the zod
 * schemas (their own messages for a bad value) say to editors lives in the text catalogue
 * (src/core/text/<language>/content.json and validation.json), never inline, so it is said in the
 * kommune's language: every string and template literal of those modules is read with the
 * TypeScript parser, and one that reads like a Norwegian sentence fails with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODULES = [
  ...readdirSync('src/core/articles').map((name) => join('src/core/articles', name)),
  'src/core/content-lint.ts',
  'src/core/frontmatter.ts',
  'src/core/frontmatter-fields.ts',
  'src/core/schema-errors.ts',
  ...readdirSync('src/core/schemas').map((name) => join('src/core/schemas', name)),
];

/** Little words nearly every Norwegian sentence has and code strings don't. */
const FUNCTION_WORDS = new Set(
  'og i er på til med for ikke som en et ei det den de av fra eller må kan skal har bare du vi om blir ved ut inn dem deg seg'.split(' '),
);

/** A literal reads as Norwegian text when it has two words or more and a letter æ, ø or å, or three words with a Norwegian little word. */
function readsAsNorwegian(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2) return false;
  if (/[æøå]/.test(text.toLowerCase())) return true;
  return words.length >= 3 && words.some((word) => FUNCTION_WORDS.has(word));
}

function literals(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the article rules', () => {
  it('tell a Norwegian sentence from a code string', () => {
    expect(readsAsNorwegian('Kilder må bruke https')).toBe(true);
    expect(readsAsNorwegian('Bruk bare a–z, 0–9 og bindestrek')).toBe(true);
    expect(readsAsNorwegian('er for kort (minst 3 tegn)')).toBe(true);
    expect(readsAsNorwegian('pårørende')).toBe(false);
    expect(readsAsNorwegian('content/articles/')).toBe(false);
    expect(readsAsNorwegian('The frontmatter would not read back as written.')).toBe(false);
  });

  it('keep every sentence editors read in the catalogue', () => {
    const inline = MODULES.flatMap((path) =>
      literals(path)
        .filter((literal) => readsAsNorwegian(literal.text))
        .map((literal) => `${path}:${literal.line}: ${literal.text}`),
    );
    expect(inline).toEqual([]);
  });
});
