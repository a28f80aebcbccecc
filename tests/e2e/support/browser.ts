export { CHROMIUM_PATH, launchBrowser } from '../../../functions/build/chromium.ts';
