const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** ASCII slug that survives e-mail and print: "Pårørende" → "parorende". */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (char) => FOLD[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
