/**
 * What the local parts handlers add to the application context: the article context (the national
 * text, whose slots the kommune fills) and the local part storage. Kept out of the shared context
 * so the public functions' bundles don't carry any of it.
 */
import type { AppContext } from '../shared/dependencies.ts';
import { withBook } from '../shared/book/with-book.ts';
import { localPartStorageOf } from '../shared/publishing/go-live.ts';
import type { LocalPartsContext } from './editor-local-parts.ts';

export function withLocalParts(ctx: AppContext): LocalPartsContext {
  return { ...withBook(ctx), localParts: localPartStorageOf(ctx) };
}
