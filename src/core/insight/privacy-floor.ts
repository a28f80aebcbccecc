/**
 * The privacy floor: a search question is shown (to editors, to councils, in the monthly e-mail)
 * only when at least five searches on at least two different days share it, so no single reader's
 * question is ever visible, however rare. The same floor holds for the pages shown to councils.
 */
export const PRIVACY_FLOOR = { count: 5, days: 2 } as const;

export function meetsPrivacyFloor(row: { count: number; days: number }): boolean {
  return row.count >= PRIVACY_FLOOR.count && row.days >= PRIVACY_FLOOR.days;
}
