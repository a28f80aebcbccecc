import { z } from 'zod';
import { WEEKDAYS } from '../weekdays.ts';

export { WEEKDAYS, type Weekday } from '../weekdays.ts';

const phone = z.string().regex(/^\+?[0-9 ]{3,20}$/, 'Telefonnummer kan bare inneholde sifre og mellomrom');

const https = z.url().startsWith('https://', 'Lenker må bruke https');

/** A calendar date written as YYYY-MM-DD. */
const isoDate = z.iso.date('Skriv datoen som ÅÅÅÅ-MM-DD');

/** A clock time written as HH:MM; 24:00 closes at midnight. */
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Skriv klokkeslett som TT:MM, for eksempel 08:00');

/** Where a fact was read: the official page an editor checked. */
export const sourceSchema = z.object({
  /** Title of the page as readers will see it under «Kilde». */
  title: z.string().min(3),
  /** The page itself; must be https. */
  url: https,
});

/** One stretch of opening time that repeats every week, e.g. Monday–Friday 08:00–15:30. */
const periodSchema = z
  .object({
    /** Weekdays the period applies to (`mon` … `sun`). */
    days: z.array(z.enum(WEEKDAYS)).min(1),
    /** Opening time, HH:MM in Norwegian time. */
    from: clockTime,
    /** Closing time, HH:MM; a time before `from` runs past midnight into the next day. */
    to: clockTime,
  })
  .refine((period) => period.from !== period.to, { message: 'Åpner og stenger samme klokkeslett', path: ['to'] });

/** A date that breaks the weekly pattern, e.g. julaften: closed, or open at other times. */
const exceptionSchema = z.object({
  /** The date, YYYY-MM-DD. */
  date: isoDate,
  /** Why the day is different, shown to readers, e.g. "Julaften". */
  note: z.string().min(2),
  /** Opening times that day instead of the weekly ones; empty means closed all day. */
  periods: z.array(z.object({ from: clockTime, to: clockTime })).default([]),
});

/** When a service answers, as data, so a card can say «Åpent nå» or «Stengt nå – ring …» for the reader's hour. */
export const openingHoursSchema = z
  .object({
    /** True when the service answers «hele døgnet» (24/7); `periods` are then ignored. Default: false. */
    allDay: z.boolean().default(false),
    /** The usual weekly opening times. */
    periods: z.array(periodSchema).default([]),
    /** Dates with other times, e.g. public holidays; they win over `periods` and `allDay`. */
    exceptions: z.array(exceptionSchema).default([]),
    /** A short limit readers must know, e.g. "for dem som har vedtak om tjenester". */
    note: z.string().optional(),
  })
  .refine((hours) => hours.allDay || hours.periods.length > 0, { message: 'Oppgi åpningstider (periods) eller allDay: true' });

/** Whom to call when the service itself is closed, e.g. the night shift or legevakten. */
const afterHoursSchema = z.object({
  /** Name readers ask for, e.g. "Hjemmetjenesten, nattpatruljen". */
  name: z.string().min(2),
  /** The number to call outside the service's opening hours. */
  phone,
  /** When this number answers; omitted means whenever the service is closed. */
  openingHours: openingHoursSchema.optional(),
});

/** How to apply for the service: an e-form, a printable form, or by phone or letter. */
const applySchema = z
  .object({
    /** The kommune's electronic form (e-skjema). */
    eFormUrl: https.optional(),
    /** A form to print, fill in by hand and send or hand in. */
    printFormUrl: https.optional(),
    /** True when a phone call is enough to apply. */
    byPhone: z.boolean().default(false),
    /** Postal or visiting address for a letter or a handed-in form. */
    address: z.string().optional(),
    /** One or two plain sentences on anything else the reader must do, e.g. "Legg ved legeerklæring". */
    note: z.string().optional(),
    /** The official page that describes this route. */
    source: sourceSchema,
  })
  .refine((apply) => apply.eFormUrl || apply.printFormUrl || apply.byPhone || apply.address, {
    message: 'Oppgi minst én søknadsvei: eFormUrl, printFormUrl, byPhone eller address',
  });

/** Units a price can be given in; each reads as «per …» to the reader. */
export const PRICE_UNITS = ['month', 'day', 'meal', 'hour', 'year', 'stay', 'once'] as const;

/** One price: an amount in kroner for a unit, optionally for one income bracket. */
const priceItemSchema = z
  .object({
    /** What the line is for, when a table has several, e.g. "Leie av alarm" or "Middag". */
    label: z.string().min(2).optional(),
    /** Amount in whole kroner; 0 means free. */
    amount: z.number().int().nonnegative(),
    /** What the amount is per: month, day (døgn), meal, hour, year, stay or once (engangsbeløp). */
    unit: z.enum(PRICE_UNITS),
    /** The household's yearly income bracket in G (grunnbeløp) the amount applies to; omit when the price is the same for all. */
    incomeBracket: z
      .object({
        /** Lower limit in G, inclusive; omit for «under …». */
        fromG: z.number().nonnegative().optional(),
        /** Upper limit in G, exclusive; omit for «over …». */
        toG: z.number().positive().optional(),
      })
      .refine((bracket) => bracket.fromG !== undefined || bracket.toG !== undefined, { message: 'Oppgi fromG, toG eller begge' })
      .optional(),
  })
  .strict();

/** A set of prices (betalingssatser) for one topic, with when it applies and where it was read. */
const priceTableSchema = z.object({
  /** Heading readers see, e.g. "Trygghetsalarm". */
  title: z.string().min(2),
  /** The prices; at least one. */
  items: z.array(priceItemSchema).min(1),
  /** The date the prices apply from («gjelder fra»). */
  validFrom: isoDate,
  /** The kommune's or county's page with these prices. */
  source: sourceSchema,
  /** A short remark readers need, e.g. "Du betaler ikke for utrykning". */
  note: z.string().optional(),
});

/** One local service a reader may contact, e.g. the allocation office. */
export const serviceSchema = z.object({
  /** The name readers know the service by locally, e.g. "Tildelingskontoret". */
  name: z.string().min(2),
  /** One sentence on what the service helps with. */
  description: z.string().min(10),
  /** Direct phone. Without it, readers are sent to the switchboard and told whom to ask for. */
  phone: phone.optional(),
  /** Direct e-mail of the service. Without it, the card shows none. */
  email: z.email().optional(),
  /** When the direct phone answers, as data; the card shows the full table and «Åpent nå»/«Stengt nå». */
  openingHours: openingHoursSchema.optional(),
  /** The number to call when the service is closed. */
  afterHours: afterHoursSchema.optional(),
  /** Visiting address. */
  address: z.string().optional(),
  /** Web page of the service, if it has one. */
  url: https.optional(),
  /** How to apply («Slik søker du»); without it, `<Apply>` tells the reader to ask the service. */
  apply: applySchema.optional(),
  /** Prices per topic (betalingssatser), e.g. `trygghetsalarm`; a topic not listed makes `<Price>` say «Spør …». */
  prices: z.record(z.string().regex(/^[a-z0-9-]+$/), priceTableSchema).default({}),
  /** Local rules a reader must meet, one plain sentence each (e.g. the county's TT-kort rules). */
  conditions: z.array(z.string().min(10)).default([]),
  /** The official pages the facts above were read on. */
  sources: z.array(sourceSchema).default([]),
  /** «Sist kontrollert»: the date an editor last checked these facts against `sources`. */
  lastChecked: isoDate.optional(),
  /** False for services outside the kommune (county, state): without a direct phone the card then shows their website, never the kommune's switchboard. Default: true. */
  viaSwitchboard: z.boolean().default(true),
});

/** The county's part of the book: services the fylkeskommune or the state runs for the whole county. */
export const countySchema = z.object({
  /** Full name, e.g. "Innlandet fylkeskommune". */
  name: z.string().min(3),
  /** The county's website. */
  website: https,
  /** County services by id (TT-kort, tannhelse, pasientreiser, Statsforvalteren …), merged into the kommune's `services`. */
  services: z.record(z.string().regex(/^[a-z0-9-]+$/), serviceSchema),
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
  /** The county file (path from the project root) whose services join this kommune's, e.g. "content/counties/innlandet.json". */
  countyConfig: z.string().regex(/^[a-z0-9/._-]+\.json$/, 'Oppgi stien til fylkesfilen, for eksempel content/counties/innlandet.json'),
  /** The county governor's office, e.g. "Statsforvalteren i Innlandet". */
  countyGovernor: z.string().min(3),
  website: https,
  /** Public origin of this site, used for canonical links and the sitemap. */
  siteUrl: z.url(),
  address: z.object({
    street: z.string(),
    postalCode: z.string().regex(/^\d{4}$/),
    city: z.string(),
  }),
  /** The kommune's main number; `hours` in words for running text (left out when no official page states them), `openingHours` as data for «Åpent nå». */
  switchboard: z.object({ phone, hours: z.string().optional(), openingHours: openingHoursSchema.optional() }),
  email: z.email(),
  /** The first-line service desk where anyone can walk in and ask. */
  serviceDesk: z.object({ name: z.string(), address: z.string(), hours: z.string().optional() }),
  /** Numbers shown on the emergency page and in the footer. */
  emergency: z.object({
    medical: phone,
    police: phone,
    fire: phone,
    afterHoursDoctor: phone,
    elderAbuseHelpline: phone,
  }),
  /** The law's accessibility statement (tilgjengelighetserklæring) for this site, published in uustatus.no. */
  accessibility: z
    .object({
      /** The statement's address in uustatus.no; without it `/tilgjengelighet/` points to uustatus.no's search. */
      statementUrl: z.url().startsWith('https://uustatus.no/', 'Erklæringen skal ligge på uustatus.no').optional(),
      /** Where readers send feedback on accessibility; default: the kommune's `email`. */
      feedbackEmail: z.email().optional(),
    })
    .default({}),
  /** Where the facts at the top (name, switchboard, address) were read. */
  sources: z.array(sourceSchema).default([]),
  /** Named local services, looked up by id from articles (`<Local service="tildelingskontor" />`). */
  services: z.record(z.string().regex(/^[a-z0-9-]+$/), serviceSchema),
});

export type Municipality = z.infer<typeof municipalitySchema>;
export type County = z.infer<typeof countySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type PriceTable = z.infer<typeof priceTableSchema>;
export type PriceItem = z.infer<typeof priceItemSchema>;
export type Source = z.infer<typeof sourceSchema>;
