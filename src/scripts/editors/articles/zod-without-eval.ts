/**
 * Zod probes `new Function` to decide whether it may compile fast validators; under the site's
 * Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation. The article
 * schema runs fine without it, so the browser tells zod not to try.
 */
import { config } from 'zod';

config({ jitless: true });
