/**
 * A book of several kommuner in one deployment (`content/books/<id>.json`, chosen with
 * BOOK_CONFIG): the kommuner it serves, each with its own municipality config and its own
 * address. National text is written once; each kommune's pages are built from its own facts.
 */
import { z } from 'zod';
import { schemaMessage, validationText } from '../text/validation.ts';
import { RESERVED_SLUGS } from '../paths.ts';
import { serviceSchema } from './municipality.ts';

/** A path prefix of one lowercase segment with slashes on both sides, e.g. `/levanger/`. */
const prefixSchema = z
  .string()
  .regex(/^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/, schemaMessage('schema.prefix'))
  .refine((prefix) => !(RESERVED_SLUGS as readonly string[]).includes(prefix.slice(1, -1)), schemaMessage('schema.prefixReserved'));

/** A host name of its own, e.g. `abc.verdal.kommune.no` (no scheme, no path). */
const hostSchema = z.string().regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, schemaMessage('schema.host'));

export const bookKommuneSchema = z.object({
  /** The kommune's id in the book: lowercase a–z and hyphens; names its build folder and, later, its storage keys. */
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, schemaMessage('schema.lowercaseId')),
  /** The kommune's municipality config (its facts, county and services), relative to the project, as MUNICIPALITY_CONFIG. */
  config: z.string().regex(/^[\w./-]+\.json$/, schemaMessage('schema.kommuneConfig')),
  /** Where its pages are served: under a path prefix of the book's address, or on a host name of its own. */
  address: z.union([z.strictObject({ prefix: prefixSchema }), z.strictObject({ host: hostSchema })]),
  /** The kommune's own paragraphs in the national articles' named slots (src/core/schemas/local-parts.ts), relative to the project; by convention content/local/<id>/parts.json. */
  localParts: z
    .string()
    .regex(/^[\w./-]+\.json$/, schemaMessage('schema.localPartsPath'))
    .optional(),
  /** The kommune's own editors' mailbox (e-mails about its councils' statements, deadlines and book orders); unset: the deployment's (editorsEmail). */
  editorsEmail: z.email(schemaMessage('schema.email')).optional(),
  /** A folder of the kommune's own articles (`<slug>.mdx`, the same frontmatter and rules as the national ones, in the kommune's målform), relative to the project; by convention content/local/<id>/articles. Only this kommune's pages show them (src/core/books/own-articles.ts). */
  ownArticles: z
    .string()
    .regex(/^[\w./-]+$/, schemaMessage('schema.ownArticlesPath'))
    .refine((path) => !path.endsWith('.json') && !path.endsWith('.mdx'), schemaMessage('schema.ownArticlesPath'))
    .optional(),
  /** Services this kommune runs together with others (an interkommunal legevakt, a shared tildelingskontor): its service id → the id of a service in the book's `sharedServices`. The shared definition replaces the kommune's own under that id. */
  sharedServices: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string()).optional(),
});

export const bookSchema = z
  .strictObject({
    /** The book's address (https, no path): the root page that lets readers choose a kommune, and the origin of every kommune served under a prefix. */
    siteUrl: z
      .url()
      .startsWith('https://', schemaMessage('schema.siteHttps'))
      .refine((url) => new URL(url).pathname === '/', schemaMessage('schema.siteNoPath')),
    /** Services run together by several kommuner of the book, each defined once here (same fields as a kommune's service) and referenced by each kommune that uses it. */
    sharedServices: z.record(z.string().regex(/^[a-z0-9-]+$/, schemaMessage('schema.sharedServiceId')), serviceSchema).default({}),
    /** The kommuner, in the order the root page lists them. */
    kommuner: z.array(bookKommuneSchema).min(1, schemaMessage('schema.kommuner')),
  })
  .superRefine((book, context) => {
    const seen = new Map<string, number>();
    book.kommuner.forEach((kommune, index) => {
      for (const [service, shared] of Object.entries(kommune.sharedServices ?? {})) {
        if (!Object.hasOwn(book.sharedServices, shared)) {
          context.addIssue({
            code: 'custom',
            path: ['kommuner', index, 'sharedServices', service],
            message: validationText('schema.unknownSharedService', { shared }),
          });
        }
      }
      const where = 'prefix' in kommune.address ? kommune.address.prefix : kommune.address.host;
      // A folder of own articles named by two kommuner would show its articles on both.
      const own = kommune.ownArticles ? [`ownArticles:${kommune.ownArticles.replace(/^\.\//, '').replace(/\/$/, '')}`] : [];
      for (const key of [`id:${kommune.id}`, `address:${where}`, ...own]) {
        const first = seen.get(key);
        if (first !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['kommuner', index, key.slice(0, key.indexOf(':'))],
            message: validationText('schema.usedBefore', { number: first + 1 }),
          });
        }
        seen.set(key, index);
      }
    });
  });

export type Book = z.infer<typeof bookSchema>;
export type BookKommune = z.infer<typeof bookKommuneSchema>;
