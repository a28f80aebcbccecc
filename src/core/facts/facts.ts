/**
 * The kommune's facts as editable, versioned content. A fact is one object from the seed files in
 * content/: the kommune's own contacts (`kommunen`), each local service (kind `service`), each
 * county service (kind `county`) and each national figure (kind `national`). Editors change a
 * fact's value on the facts desk; publishing lays the published values over the seed files
 * (overlayFacts) and the build reads the result, so the store and git build the same book.
 */
import type { z } from 'zod';
import { countySchema, kommuneContactSchema, municipalitySchema, serviceSchema } from '../schemas/municipality.ts';
import { figureSchema, nationalFiguresSchema } from '../schemas/national.ts';
import { reviewDue } from './review.ts';
import { activeLanguage } from '../text/language.ts';

export const FACT_KINDS = ['service', 'county', 'national'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The id of the kommune's own contacts (switchboard, e-mail, addresses, service desk). */
export const KOMMUNE_FACT = 'kommunen';

/** The fields of the municipality file that make up the `kommunen` fact. */
const KOMMUNE_FIELDS = Object.keys(kommuneContactSchema.shape);

/** The kommune's own contacts a config may lack until an official page confirms them; the book then links the kommune's website. */
export const KOMMUNE_CONTACTS = ['switchboard', 'email', 'address', 'serviceDesk'] as const;

/** Which of the kommune's own contacts the `kommunen` fact's value does not give, in the form's order. */
export function missingKommuneContacts(value: Record<string, unknown>): string[] {
  return KOMMUNE_CONTACTS.filter((name) => value[name] === undefined);
}

/** The seed files as JSON: the kommune's file, its county's file and the national figures. */
export type FactFiles = {
  municipality: Record<string, unknown>;
  county: Record<string, unknown>;
  national: Record<string, unknown>;
};

export type Fact = { id: string; kind: FactKind; value: Record<string, unknown> };

/** The facts in git as the fact functions bundle them (functions/generated/facts.json). */
export type SeedFacts = {
  /** The title of the kommune's own contacts in the facts list, e.g. «Jevnaker kommune: sentralbord, e-post og adresser». */
  kommuneTitle: string;
  facts: Fact[];
};

/**
 * The facts in git of a deployment: the active kommune's, and in a book of several kommuner each
 * kommune's own (its municipality config, its county's file and the national figures) by id.
 */
export type DeploymentSeedFacts = SeedFacts & { kommuner?: Readonly<Record<string, SeedFacts>> };

/**
 * Whether a fact of this kind belongs to one kommune of a book, kept under its keys and
 * published only to it: its own services and contacts, and its county's services (each kommune
 * answers for what its own pages say, with an editor role per kommune; no role owns a county).
 * The national figures are the book's: stored once, edited once, published to every kommune.
 */
export const isKommuneFact = (kind: FactKind): boolean => kind !== 'national';

/** A published (or saved) value of a fact. */
export type FactValue = { id: string; value: Record<string, unknown> };

const FACT_ID = /^[a-z0-9-]{1,60}$/;

export const isFactId = (id: string): boolean => FACT_ID.test(id);

/** The schema a fact's value must meet. */
export function factSchemaOf(fact: Pick<Fact, 'id' | 'kind'>): z.ZodType<Record<string, unknown>> {
  if (fact.kind === 'national') return figureSchema;
  if (fact.id === KOMMUNE_FACT) return kommuneContactSchema;
  return serviceSchema;
}

function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((name) => record[name] !== undefined).map((name) => [name, record[name]]));
}

/**
 * Every fact of the seed files, validated (defaults filled in), in the order editors expect:
 * the kommune, its services, the county's, then the national figures. Throws when the files are
 * invalid or two facts share an id.
 */
export function factsOf(files: FactFiles): Fact[] {
  const municipality = municipalitySchema.parse(files.municipality);
  const county = countySchema.parse(files.county);
  const national = nationalFiguresSchema.parse(files.national);
  const facts: Fact[] = [
    { id: KOMMUNE_FACT, kind: 'service', value: pick(municipality, KOMMUNE_FIELDS) },
    ...Object.entries(municipality.services).map(([id, value]): Fact => ({ id, kind: 'service', value })),
    ...Object.entries(county.services).map(([id, value]): Fact => ({ id, kind: 'county', value })),
    ...Object.entries(national.figures).map(([id, value]): Fact => ({ id, kind: 'national', value })),
  ];
  const seen = new Set<string>();
  for (const fact of facts) {
    if (seen.has(fact.id)) throw new Error(`Faktumet «${fact.id}» finnes to ganger (kommunen, fylket og de nasjonale tallene deler navn)`);
    seen.add(fact.id);
  }
  return facts;
}

/**
 * The seed files with published values laid over them: what the build reads. A value for an id
 * the files don't have is ignored (the seed decides which facts exist).
 */
export function overlayFacts(files: FactFiles, published: readonly FactValue[]): FactFiles {
  const municipality: Record<string, unknown> = structuredClone(files.municipality);
  const county: Record<string, unknown> = structuredClone(files.county);
  const national: Record<string, unknown> = structuredClone(files.national);
  const services = (municipality.services ?? {}) as Record<string, unknown>;
  const countyServices = (county.services ?? {}) as Record<string, unknown>;
  const figures = (national.figures ?? {}) as Record<string, unknown>;
  for (const { id, value } of published) {
    if (id === KOMMUNE_FACT) {
      for (const name of KOMMUNE_FIELDS) delete municipality[name];
      Object.assign(municipality, pick(value, KOMMUNE_FIELDS));
    } else if (Object.hasOwn(services, id)) services[id] = value;
    else if (Object.hasOwn(countyServices, id)) countyServices[id] = value;
    else if (Object.hasOwn(figures, id)) figures[id] = value;
  }
  return { municipality, county, national };
}

/** What the facts list shows of a fact. */
export type FactSummary = { id: string; kind: FactKind; title: string; lastChecked?: string; reviewDue?: string };

/** Title, «sist kontrollert» and the date the next check is due, from a fact's value. */
export function summaryOf(fact: Fact, kommuneTitle: string): FactSummary {
  const value = fact.value as { name?: unknown; title?: unknown; titleNn?: unknown; lastChecked?: unknown; reviewMonths?: unknown };
  const title =
    fact.id === KOMMUNE_FACT
      ? kommuneTitle
      : typeof value.title === 'string'
        ? activeLanguage() === 'nn' && typeof value.titleNn === 'string'
          ? value.titleNn
          : value.title
        : typeof value.name === 'string'
          ? value.name
          : fact.id;
  const lastChecked = typeof value.lastChecked === 'string' ? value.lastChecked : undefined;
  const months = typeof value.reviewMonths === 'number' ? value.reviewMonths : undefined;
  return {
    id: fact.id,
    kind: fact.kind,
    title,
    ...(lastChecked ? { lastChecked, reviewDue: reviewDue(lastChecked, months) } : {}),
  };
}
