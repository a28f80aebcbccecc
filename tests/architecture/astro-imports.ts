/**
 * dependency-cruiser does not read .astro files, so their imports are taken here: the frontmatter
 * and every <script> block, read by TypeScript's own import scanner and resolved like Vite does
 * for relative paths.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export type AstroImport = { from: string; to: string };

function scriptParts(source: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts];
}

/** Every relative import of the given .astro files, as repository-relative paths. */
export function astroImports(root: string, files: readonly string[]): AstroImport[] {
  return files.flatMap((file) =>
    scriptParts(readFileSync(join(root, file), 'utf8'))
      .flatMap((code) => ts.preProcessFile(code, true, true).importedFiles.map((imported) => imported.fileName))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: file, to: relative(root, join(root, dirname(file), specifier)) })),
  );
}
