/** The part of the `hyphen` package's Norwegian bokmål patterns the site uses (it ships no types). */
declare module 'hyphen/nb/index.js' {
  const nb: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default nb;
}
