/** Days of the week in the order Norwegians write them, Monday first. Kept apart from the schemas so browser code can use them without zod. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof WEEKDAYS)[number];
