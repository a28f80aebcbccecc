/** The components article MDX may use, in one place for the web page and the printed book. */
import Apply from './apply.astro';
import Kommune from './kommune.astro';
import Local from './local.astro';
import Price from './price.astro';

export const articleComponents = { Local, Kommune, Price, Apply };
