import { activeLanguage, LOCALES, type Language } from './text/language.ts';

/** One formatter per language, made once: dates read in the book's målform. */
const perLanguage = (options: Intl.DateTimeFormatOptions) => {
  const formats = Object.fromEntries(
    Object.entries(LOCALES).map(([language, locale]) => [language, new Intl.DateTimeFormat(locale, options)]),
  ) as Record<Language, Intl.DateTimeFormat>;
  return { format: (date: Date) => formats[activeLanguage()].format(date) };
};

const dateFormat = perLanguage({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

/** «28. november 2026», the day in Norway of an instant. */
export const norwegianDate = (at: string | Date): string => dateFormat.format(typeof at === 'string' ? new Date(at) : at);

const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' });

/** «2026-11-28», the day in Norway of an instant, as YYYY-MM-DD. */
export const norwegianIsoDay = (at: string | Date): string => isoDayFormat.format(typeof at === 'string' ? new Date(at) : at);

const dayMonthFormat = perLanguage({ day: 'numeric', month: 'long', timeZone: 'Europe/Oslo' });

/** «15. desember», the day of a YYYY-MM-DD deadline, as people say it. */
export const norwegianDayMonth = (day: string): string => dayMonthFormat.format(new Date(`${day}T12:00:00Z`));
