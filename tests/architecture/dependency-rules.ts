/**
 * The one-way rule of the code base, as dependency-cruiser rules: a pure core that imports
 * nobody; pages and browser code on top of it; functions beside them, each feature standing on
 * functions/shared/ and never on another feature; tools/ (build, print, local server) on top of
 * functions, never imported by what is deployed; infra reading the core and the contract files
 * functions declare. README's layout section states the same in a few lines.
 */
import type { IForbiddenRuleType } from 'dependency-cruiser';

/** The files of functions/ that describe what runs in AWS, and that infra may therefore read. */
export const FUNCTION_CONTRACTS = [
  '^functions/routes[.]ts$',
  '^functions/shared/table-contract[.]ts$',
  '^functions/shared/origin-header[.]ts$',
  '^functions/bundle/bundle-options[.]ts$',
  // The editor groups the functions check, which the CDK app creates in Cognito.
  '^functions/shared/editor-roles[.]ts$',
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
    name: 'features-import-only-shared-and-the-core',
    comment:
      'A feature folder of functions/ imports its own files, functions/shared/, functions/generated/ and src/core, never another feature: what two features use lives in shared/.',
    severity: 'error',
    from: { path: '^functions/([^/]+)/', pathNot: '^functions/(shared|generated)/' },
    to: { path: '^functions/', pathNot: ['^functions/$1/', '^functions/shared/', '^functions/generated/'] },
  },
  {
    name: 'shared-imports-no-feature',
    comment: 'functions/shared/ is what the features stand on: it imports itself, functions/generated/ and the core, never a feature.',
    severity: 'error',
    from: { path: '^functions/shared/' },
    to: { path: '^functions/', pathNot: ['^functions/shared/', '^functions/generated/'] },
  },
  {
    name: 'nothing-deployed-imports-tools',
    comment:
      'tools/ (build, print, local server) runs on a machine, never in a Lambda or a browser: functions/, src/ and infra/ never import it.',
    severity: 'error',
    from: { path: '^(functions|src|infra)/' },
    to: { path: '^tools/' },
  },
  {
    name: 'tools-import-functions-and-the-core',
    comment: 'tools/ may import functions/ and src/core, never pages, components, browser scripts, src/lib or infra.',
    severity: 'error',
    from: { path: '^tools/' },
    to: { path: ['^src/(?!core/)', '^infra/'] },
  },
  {
    name: 'infra-never-imports-storage',
    comment: 'infra/ knows the table by its contract (functions/shared/table-contract.ts), never by the code that queries it.',
    severity: 'error',
    from: { path: '^infra/' },
    to: { path: '^functions/shared/storage/' },
  },
  {
    name: 'table-contract-imports-nothing',
    comment: 'The table contract is data both sides read: no AWS SDK, no storage code, nothing.',
    severity: 'error',
    from: { path: '^functions/shared/table-contract[.]ts$' },
    to: {},
  },
  {
    name: 'functions-never-import-infra',
    severity: 'error',
    from: { path: '^functions/' },
    to: { path: '^infra/' },
  },
  {
    name: 'infra-reads-only-core-and-function-contracts',
    comment:
      'infra/ imports the core and the contract files of functions/ (route table, table schema, bundle options, editor groups), never Astro.',
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
    name: 'frontmatter-yaml-in-one-place',
    comment:
      'An article file is split and joined only by src/core/frontmatter.ts, and its frontmatter YAML parsed, written and edited only by src/core/frontmatter-fields.ts.',
    severity: 'error',
    from: { pathNot: '^src/core/frontmatter-fields[.]ts$' },
    to: { path: '^node_modules/yaml/' },
  },
  {
    name: 'no-circular-imports',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
];
