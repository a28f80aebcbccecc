/**
 * The one rule for where an article's link may point, used when an article is checked (save,
 * publish, build) and when it is drawn as HTML (editors' preview, the councils' review view):
 * https:, mailto:, tel:, a page of the site (`/…`) or an anchor (`#…`). A browser reads `//host`,
 * `/\host` and `\\host` as another host and drops tabs and line breaks inside an address, so a
 * backslash or a control character anywhere, or a second slash after the first, is refused.
 */
const SAFE_START = /^(https:\/\/|mailto:|tel:|\/(?![/\\])|#)/i;
const UNSAFE_ANYWHERE = /[\\\u0000-\u001F\u007F]/;

export function isSafeLink(url: string): boolean {
  const address = url.trim();
  return SAFE_START.test(address) && !UNSAFE_ANYWHERE.test(address);
}
