/**
 * The one-way rule of the code base, as dependency-cruiser rules: a pure core that imports
 * nobody; pages and browser code on top of it; functions beside them; infra reading the core and
 * the contract files functions declare. README's layout section states the same in three lines.
 */
import type { IForbiddenRuleType } from 'dependency-cruiser';

/** The files of functions/ that describe what runs in AWS, and that infra may therefore read. */
export const FUNCTION_CONTRACTS = [
  '^functions/routes[.]ts$',
  '^functions/shared/storage/table[.]ts$',
  '^functions/shared/storage/timeouts[.]ts$',
  '^functions/shared/origin-header[.]ts$',
  '^functions/bundle/bundle-options[.]ts$',
];

/** npm packages the core may use: validation, YAML, the MDX parser (with GFM tables) and text diffs, nothing that touches the world. */
const CORE_PACKAGES =
  '^node_modules/(zod|yaml|mdast-util-from-markdown|mdast-util-mdx|micromark-extension-mdxjs|mdast-util-gfm-table|micromark-extension-gfm-table|diff)/';

export const forbidden: IForbiddenRuleType[] = [
  {
    name: 'core-imports-nobody',
    comment:
      'src/core is pure: it imports only itself, zod, yaml, the MDX parser and diff (no Astro, no Node APIs, no functions, no infra).',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { pathNot: ['^src/core/', CORE_PACKAGES] },
  },
  {
    name: 'site-never-imports-functions-or-infra',
    comment: 'Pages, components, layouts and browser scripts import the core (types with `import type`), never functions/ or infra/.',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/core/' },
    to: { path: ['^functions/', '^infra/'] },
  },
  {
    name: 'functions-import-only-the-core-of-src',
    comment: 'functions/ imports src/core, never pages, components, layouts, browser scripts or src/lib (Astro-side helpers).',
    severity: 'error',
    from: { path: '^functions/' },
    to: { path: '^src/', pathNot: '^src/core/' },
  },
  {
    name: 'functions-never-import-infra',
    severity: 'error',
    from: { path: '^functions/' },
    to: { path: '^infra/' },
  },
  {
    name: 'infra-reads-only-core-and-function-contracts',
    comment: 'infra/ imports the core and the contract files of functions/ (route table, table schema, bundle options), never Astro.',
    severity: 'error',
    from: { path: '^infra/' },
    to: { path: ['^src/(?!core/)', '^functions/', '^node_modules/astro/', '^node_modules/@astrojs/'], pathNot: FUNCTION_CONTRACTS },
  },
  {
    name: 'domain-never-imports-the-aws-sdk',
    comment:
      'Only the storage module talks to DynamoDB, the mail module to SES and the build service adapter to CodeBuild; handlers and the domain stay free of the AWS SDK.',
    severity: 'error',
    from: {
      path: '^functions/',
      pathNot: ['^functions/shared/storage/', '^functions/shared/mail/', '^functions/shared/build-service/', '^functions/bundle/'],
    },
    to: { path: '^node_modules/@aws-sdk/' },
  },
  {
    name: 'no-circular-imports',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
];
