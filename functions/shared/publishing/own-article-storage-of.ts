/**
 * The storage of the kommuner's own articles (a book of several kommuner) of a context, made on
 * first use like the local parts', so contexts that never touch one don't carry it.
 */
import { createOwnArticleStorage } from '../storage/index.ts';
import { storageOf } from '../storage/storage-of.ts';

export const ownArticleStorageOf = storageOf(createOwnArticleStorage);
