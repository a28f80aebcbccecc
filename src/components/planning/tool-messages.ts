import { t } from '../../core/text/t.ts';
import type { ToolMessages } from '../../scripts/planning/tool-page.ts';

/** The texts src/scripts/planning/tool-page.ts shows, passed to it as data. */
export const toolMessages = (): ToolMessages => ({
  deleteConfirm: t('tools.deleteConfirm'),
  deleted: t('tools.deleted'),
  imported: t('tools.imported'),
  exported: t('tools.exported'),
  storageFailed: t('tools.storageFailed'),
  errors: { unreadable: t('tools.fileUnreadable'), 'wrong-tool': t('tools.fileWrongTool'), 'too-large': t('tools.fileTooLarge') },
});
