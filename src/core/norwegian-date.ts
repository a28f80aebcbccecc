const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

/** «28. november 2026», the day in Norway of an instant. */
export const norwegianDate = (at: string | Date): string => dateFormat.format(typeof at === 'string' ? new Date(at) : at);
