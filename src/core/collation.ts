/** Norwegian alphabetical order: Æ, Ø, Å after Z, case and accents ignored. */
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export const compareNb = (a: string, b: string): number => collator.compare(a, b);
