/**
 * Pages the API renders from the built site (read through shared/built-site.ts), for readers
 * without JavaScript: the page as built (every text from the catalogue, each variant present and
 * `hidden`) is the template; the function only reveals the variants that apply and fills `{name}`
 * placeholders with escaped values.
 */
import { decodeHTMLAttribute } from 'entities';
import { escapeHtml } from '../../src/core/escape-html.ts';

/** A built page that lacks a place the function writes into: it was not built from the expected .astro file. */
export class PageTemplateError extends Error {
  override name = 'PageTemplateError';
}

/** Removes `hidden` from the element carrying `marker` (e.g. `data-stage="received"`). */
export function reveal(html: string, marker: string): string {
  const hiddenMarker = `${marker} hidden`;
  if (!html.includes(hiddenMarker)) throw new PageTemplateError(`Siden mangler ${hiddenMarker}`);
  return html.replaceAll(hiddenMarker, marker);
}

/** Puts `attributes` right after the one occurrence of `start` (e.g. `<input id="x"`). */
export function addAttributes(html: string, start: string, attributes: Record<string, string>): string {
  const at = html.indexOf(start);
  if (at < 0) throw new PageTemplateError(`Siden mangler ${start}`);
  const added = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return html.slice(0, at + start.length) + added + html.slice(at + start.length);
}

/** Fills the named `{name}` placeholders, escaped; other braces stay as they are. */
export function fillPlaceholders(html: string, values: Record<string, string>): string {
  return html.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? escapeHtml(values[name]!) : match));
}

/** Writes `content` (already HTML) into the empty element whose opening tag ends with `marker`. */
export function fillElement(html: string, marker: string, content: string): string {
  const empty = `${marker}></`;
  const at = html.indexOf(empty);
  if (at < 0 || html.indexOf(empty, at + 1) >= 0) throw new PageTemplateError(`Siden mangler ett tomt element med ${marker}`);
  const end = at + marker.length + 1;
  return html.slice(0, end) + content + html.slice(end);
}

/** The JSON the page carries in the one attribute `name` (e.g. the facts its script reads). */
export function attributeJson(html: string, name: string): unknown {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
  if (!match) throw new PageTemplateError(`Siden mangler ${name}`);
  return JSON.parse(decodeHTMLAttribute(match[1]!)) as unknown;
}
