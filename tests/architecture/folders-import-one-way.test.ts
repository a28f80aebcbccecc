import { describe, expect, it } from 'vitest';
import { findCycle, folderEdges } from './folder-graph.ts';

describe('the import graph between folders', () => {
  it('has no cycle: every arrow of `npm run graph` runs one way', async () => {
    const edges = await folderEdges();
    expect(edges.size).toBeGreaterThan(10);
    expect(findCycle(edges), 'folders that import each other, round the cycle').toBeUndefined();
  }, 60_000);

  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['functions/editors/', new Set(['functions/shared/'])],
      ['functions/shared/', new Set(['src/core/', 'functions/editors/'])],
      ['src/core/', new Set<string>()],
    ]);
    expect(findCycle(edges)).toEqual(['functions/editors/', 'functions/shared/', 'functions/editors/']);
  });
});
