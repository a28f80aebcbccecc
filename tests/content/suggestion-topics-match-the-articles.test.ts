import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSlugs, formatJson } from '../../tools/build/generated-files.ts';
import { TOPICS_FILE } from '../../tools/build/write-topics.ts';

describe('the topics the suggestion API accepts', () => {
  it('are exactly the article slugs (run `npm run topics` after adding or renaming an article)', async () => {
    expect(readFileSync(TOPICS_FILE, 'utf8')).toBe(formatJson(await articleSlugs()));
  });
});
