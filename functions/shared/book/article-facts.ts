import type { ArticleFacts } from '../storage/index.ts';
import { readArticle } from '../../../src/core/articles/check-article.ts';
import { listedFieldsOf } from '../../../src/core/articles/model.ts';

/** What the list shows of a source (the fields the article model shows in 'list'), or undefined when its frontmatter breaks the model. */
export function factsOf(source: string): ArticleFacts | undefined {
  const { data } = readArticle(source);
  return data ? listedFieldsOf(data) : undefined;
}
