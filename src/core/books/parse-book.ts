/** Reads a book config's text: the book, or an error that names the file and each field that is wrong. */
import { bookSchema, type Book } from '../schemas/book.ts';

/** Where the book config lives when BOOK_CONFIG names one; without it the build is one kommune's (MUNICIPALITY_CONFIG). */
export function bookConfigFile(env: Record<string, string | undefined>): string | undefined {
  return env.BOOK_CONFIG || undefined;
}

export function parseBook(text: string, path: string): Book {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`Kunne ikke lese ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = bookSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ugyldig bok i ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
