import type { ArticleFacts } from '../storage/index.ts';
import { splitFrontmatter } from '../../../src/core/frontmatter.ts';
import { articleSchema } from '../../../src/core/schemas/article.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Title, area and review dates of a source, or undefined when its frontmatter doesn't parse. */
export function factsOf(source: string): ArticleFacts | undefined {
  let data: unknown;
  try {
    data = splitFrontmatter(source)?.data;
  } catch {
    return undefined;
  }
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return { title: parsed.data.title, area: parsed.data.area, reviewed: day(parsed.data.reviewed), nextReview: day(parsed.data.nextReview) };
}
