/**
 * The article storage (revisions and publications) of a context: the one the caller brought
 * (local server, tests), else one made for the Lambda's environment – without the git book, so
 * the functions that only read publications stay small.
 */
import type { AppContext } from '../dependencies.ts';
import { createArticleStorage, type ArticleStorage } from '../storage/index.ts';
import { storageOf } from '../storage/storage-of.ts';

const made = storageOf(createArticleStorage);

export const articleStorageOf = (ctx: AppContext): ArticleStorage => ctx.articles ?? made(ctx);
