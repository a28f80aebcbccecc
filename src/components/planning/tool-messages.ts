import { t } from '../../core/text/t.ts';
import type { ToolMessages } from '../../scripts/planning/tool-page.ts';

/** The texts src/scripts/planning/tool-page.ts shows, passed to it as data. */
export const toolMessages = (): ToolMessages => ({
  deleteConfirm: t('planning.tools.deleteConfirm'),
  deleted: t('planning.tools.deleted'),
  imported: t('planning.tools.imported'),
  exported: t('planning.tools.exported'),
  storageFailed: t('planning.tools.storageFailed'),
  errors: {
    unreadable: t('planning.tools.fileUnreadable'),
    'wrong-tool': t('planning.tools.fileWrongTool'),
    'too-large': t('planning.tools.fileTooLarge'),
  },
});
