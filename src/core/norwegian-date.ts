const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

/** «28. november 2026», the day in Norway of an instant. */
export const norwegianDate = (at: string | Date): string => dateFormat.format(typeof at === 'string' ? new Date(at) : at);

const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' });

/** «2026-11-28», the day in Norway of an instant, as YYYY-MM-DD. */
export const norwegianIsoDay = (at: string | Date): string => isoDayFormat.format(typeof at === 'string' ? new Date(at) : at);

const dayMonthFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: 'Europe/Oslo' });

/** «15. desember», the day of a YYYY-MM-DD deadline, as people say it. */
export const norwegianDayMonth = (day: string): string => dayMonthFormat.format(new Date(`${day}T12:00:00Z`));
