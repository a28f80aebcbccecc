import { z } from 'zod';

const phone = z
  .string()
  .regex(/^\+?[0-9 ]{3,20}$/, 'Telefonnummer kan bare inneholde sifre og mellomrom');

/** One local service a reader may contact, e.g. the allocation office. */
export const serviceSchema = z.object({
  /** The name readers know the service by locally, e.g. "Tildelingskontoret". */
  name: z.string().min(2),
  /** One sentence on what the service helps with. */
  description: z.string().min(10),
  /** Direct phone. Without it, readers are sent to the switchboard and told whom to ask for. */
  phone: phone.optional(),
  email: z.email().optional(),
  /** Opening hours in plain words, e.g. "Mandag–fredag 08–15". */
  hours: z.string().optional(),
  address: z.string().optional(),
  /** Web page of the service, if it has one. */
  url: z.url().startsWith('https://').optional(),
});

/** The one file a kommune edits to run its own copy of the book. */
export const municipalitySchema = z.object({
  /** Full name as written in running text, e.g. "Jevnaker kommune". */
  name: z.string().min(3),
  /** Short name without "kommune", used in compound phrases ("i Jevnaker"). */
  shortName: z.string().min(2),
  /** Text shown as the logo in the header. */
  logoText: z.string().min(2),
  /** County for services the county runs (TT-kort, dental care). */
  county: z.string().min(3),
  /** The county governor's office, e.g. "Statsforvalteren i Innlandet". */
  countyGovernor: z.string().min(3),
  website: z.url().startsWith('https://'),
  /** Public origin of this site, used for canonical links and the sitemap. */
  siteUrl: z.url(),
  address: z.object({
    street: z.string(),
    postalCode: z.string().regex(/^\d{4}$/),
    city: z.string(),
  }),
  switchboard: z.object({ phone, hours: z.string() }),
  email: z.email(),
  /** The first-line service desk where anyone can walk in and ask. */
  serviceDesk: z.object({ name: z.string(), address: z.string(), hours: z.string() }),
  /** Numbers shown on the emergency page and in the footer. */
  emergency: z.object({
    medical: phone,
    police: phone,
    fire: phone,
    afterHoursDoctor: phone,
    elderAbuseHelpline: phone,
  }),
  /** Named local services, looked up by id from articles (`<Local service="tildelingskontor" />`). */
  services: z.record(z.string().regex(/^[a-z0-9-]+$/), serviceSchema),
});

export type Municipality = z.infer<typeof municipalitySchema>;
export type Service = z.infer<typeof serviceSchema>;
