/**
 * The text catalogue (src/core/text/nb/<namespace>.json) against the code that reads it. The types
 * check keys in .ts files; .astro files are not type-checked, so their keys are checked here, and
 * a key nobody reads any more is reported so the catalogue never fills with dead texts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, type Namespace } from '../../../src/core/text/t.ts';

const ROOTS = ['src', 'functions', 'tools', 'infra'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['generated', 'cdk.out', 'node_modules'].includes(name) ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sourceFiles).map((path) => ({ path, code: readFileSync(path, 'utf8') }));
const namespaces = Object.keys(catalogue) as Namespace[];
const keysOf = (namespace: Namespace) => Object.keys(catalogue[namespace]);
const allKeys = namespaces.flatMap((namespace) => keysOf(namespace).map((key) => `${namespace}.${key}`));

/** `status.${status}` → /^status\.[^.]+$/: a key family read with a computed part. */
const familyPattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\$\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^()|[\]\\]/g, '\\$&'))
      .join('[\\w-]+')}$`,
  );

/** The browser scripts (a folder and its entry file) that read a namespace their page passes as data, through texts.ts. */
const DATA_TEXT_FOLDERS: Partial<Record<Namespace, string>> = {
  moderation: 'scripts/editors',
  facts: 'scripts/facts',
  insight: 'scripts/insight',
  local: 'scripts/local-parts',
};

/** Files that read a namespace through lookup(): its module, its JSON, or (browser scripts) the texts their page passes as data. */
const readersOf = (namespace: Namespace) =>
  files.filter(
    ({ path, code }) =>
      code.includes(`text/${namespace}.ts'`) ||
      code.includes(`text/nb/${namespace}.json'`) ||
      (DATA_TEXT_FOLDERS[namespace] !== undefined && path.includes(DATA_TEXT_FOLDERS[namespace]) && code.includes("/texts.ts'")),
  );

describe('the text catalogue', () => {
  it('has every key a page or component asks for', () => {
    const missing: string[] = [];
    for (const { path, code } of files.filter((file) => file.path.endsWith('.astro'))) {
      for (const [, key] of code.matchAll(/\bt\(\s*'([^']+)'/g)) if (!allKeys.includes(key!)) missing.push(`${path}: ${key}`);
      for (const [, key] of code.matchAll(/<Text of="([^"]+)"/g)) if (!allKeys.includes(key!)) missing.push(`${path}: ${key}`);
      for (const [, template] of code.matchAll(/\bt\(\s*`([^`]+)`/g)) {
        if (!allKeys.some((key) => familyPattern(template!).test(key))) missing.push(`${path}: ${template}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(namespaces)('has no unused key in the %s namespace', (namespace) => {
    const readers = readersOf(namespace);
    // Key families: a template of key parts and `${…}` whose fixed parts hold a word (`status.${status}`, `${slug}.title`).
    const templates = files
      .flatMap(({ code }) => [...code.matchAll(/`((?:[\w.-]|\$\{[^}]+\})+)`/g)].map((match) => match[1]!))
      .filter((template) => template.includes('${') && /[a-z]/i.test(template.replace(/\$\{[^}]+\}/g, '')));
    const used = (key: string) => {
      const full = `${namespace}.${key}`;
      if (files.some(({ code }) => code.includes(`'${full}'`) || code.includes(`"${full}"`))) return true;
      if (readers.some(({ code }) => code.includes(`'${key}'`))) return true;
      return templates.some((template) => familyPattern(template).test(full) || (readers.length > 0 && familyPattern(template).test(key)));
    };
    expect(keysOf(namespace).filter((key) => !used(key))).toEqual([]);
  });
});
