/**
 * The data a function hands a page the server renderer makes on demand (`Astro.locals`, under the
 * page's name; types in src/core/rendered-pages.ts). A page opened without it was not asked for by
 * a function: that is a fault of the code, never of a reader.
 */
import type { RenderedPage, RenderedPageData } from '../core/rendered-pages.ts';

export function renderedData<P extends RenderedPage>(locals: object, page: P): RenderedPageData[P] {
  const data = (locals as Partial<RenderedPageData>)[page];
  if (data === undefined) throw new Error(`Siden «${page}» ble tegnet uten data fra funksjonen`);
  return data as RenderedPageData[P];
}
