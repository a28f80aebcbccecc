import type { ToolId } from './plan-file.ts';

/**
 * localStorage keys. Everything the planning tools and reading aids remember stays in the
 * reader's browser under these keys and is never sent anywhere.
 */
export const STORAGE_KEYS = {
  answers: (tool: ToolId) => `alderdommens-abc:${tool}`,
  readingList: 'alderdommens-abc:mine-sider',
  textSize: 'alderdommens-abc:tekststorrelse',
} as const;
