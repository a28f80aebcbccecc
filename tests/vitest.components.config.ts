import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Tests that render the site's .astro components with Astro's container API, through Astro's own
 * Vite setup (the compiler and the site's plugins), without building the whole site.
 */
export default getViteConfig({
  test: {
    name: 'components',
    root,
    include: ['tests/integration/components/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
