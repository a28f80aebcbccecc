// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { serverRenderer } from './src/server/adapter.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const configPath = resolve(process.env.MUNICIPALITY_CONFIG ?? 'content/municipality.json');
const { siteUrl } = JSON.parse(readFileSync(configPath, 'utf8'));

export default defineConfig({
  site: siteUrl,
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Publishing builds in a work folder under DATA_DIR while the site keeps running; its own cache keeps builds apart.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  adapter: serverRenderer(),
  build: {
    format: 'directory',
    client: './',
    server: '../dist-server/',
    // One cached stylesheet instead of CSS inlined into every page.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Scripts must stay external files: the Content-Security-Policy forbids inline scripts.
      assetsInlineLimit: 0,
    },
  },
});
