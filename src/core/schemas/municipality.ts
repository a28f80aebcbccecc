/**
 * The kommune's facts and the county's services as zod schemas: the one declaration of every
 * field, with its label and help for the editors' facts desk (see fields.ts), its validation
 * messages, and the types (z.infer). Prices are dated: a table holds several values, each with
 * `validFrom`, and the book shows the one in force on the day it is built (src/core/facts/dated.ts).
 */
import { z } from 'zod';
import { schemaMessage } from '../text/validation.ts';
import { WEEKDAYS } from '../weekdays.ts';
import { field } from './fields.ts';
import { LANGUAGES } from '../text/language.ts';

export { WEEKDAYS, type Weekday } from '../weekdays.ts';

export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9 ]{3,20}$/, schemaMessage('schema.phone'))
  .meta(field('facts.field.phone', 'facts.field.phone.help', 'tel'));

const https = z.url(schemaMessage('schema.url')).startsWith('https://', schemaMessage('schema.https'));

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.iso.date(schemaMessage('schema.date'));

/** A clock time written as HH:MM; 24:00 closes at midnight. */
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, schemaMessage('schema.clockTime'));

/** Where a fact was read: the official page an editor checked. */
export const sourceSchema = z.object({
  /** Title of the page as readers will see it under «Kilde». */
  title: z.string().min(3, schemaMessage('schema.sourceTitle')).meta(field('facts.field.sourceTitle', 'facts.field.sourceTitle.help')),
  /** The page itself; must be https. */
  url: https.meta(field('facts.field.sourceUrl', 'facts.field.sourceUrl.help', 'url')),
});

/** One stretch of opening time that repeats every week, e.g. Monday–Friday 08:00–15:30. */
const periodSchema = z
  .object({
    /** Weekdays the period applies to (`mon` … `sun`). */
    days: z.array(z.enum(WEEKDAYS)).min(1, schemaMessage('schema.days')).meta(field('facts.field.days')),
    /** Opening time, HH:MM in Norwegian time. */
    from: clockTime.meta(field('facts.field.from', undefined, 'time')),
    /** Closing time, HH:MM; a time before `from` runs past midnight into the next day. */
    to: clockTime.meta(field('facts.field.to', 'facts.field.to.help', 'time')),
  })
  .refine((period) => period.from !== period.to, { ...schemaMessage('schema.sameTime'), path: ['to'] });

/** A date that breaks the weekly pattern, e.g. julaften: closed, or open at other times. */
const exceptionSchema = z.object({
  /** The date, YYYY-MM-DD. */
  date: isoDate.meta(field('facts.field.exceptionDate', undefined, 'date')),
  /** Why the day is different, shown to readers, e.g. "Julaften". */
  note: z.string().min(2, schemaMessage('schema.exceptionNote')).meta(field('facts.field.exceptionNote', 'facts.field.exceptionNote.help')),
  /** Opening times that day instead of the weekly ones; empty means closed all day. */
  periods: z
    .array(
      z.object({
        from: clockTime.meta(field('facts.field.from', undefined, 'time')),
        to: clockTime.meta(field('facts.field.to', undefined, 'time')),
      }),
    )
    .meta(field('facts.field.exceptionPeriods', 'facts.field.exceptionPeriods.help'))
    .default([]),
});

/** When a service answers, as data, so a card can say «Åpent nå» or «Stengt nå – ring …» for the reader's hour. */
export const openingHoursSchema = z
  .object({
    /** True when the service answers «hele døgnet» (24/7); `periods` are then ignored. Default: false. */
    allDay: z.boolean().meta(field('facts.field.allDay', 'facts.field.allDay.help')).default(false),
    /** The usual weekly opening times. */
    periods: z.array(periodSchema).meta(field('facts.field.periods', 'facts.field.periods.help')).default([]),
    /** Dates with other times, e.g. public holidays; they win over `periods` and `allDay`. */
    exceptions: z.array(exceptionSchema).meta(field('facts.field.exceptions', 'facts.field.exceptions.help')).default([]),
    /** A short limit readers must know, e.g. "for dem som har vedtak om tjenester". */
    note: z.string().meta(field('facts.field.hoursNote', 'facts.field.hoursNote.help')).optional(),
  })
  .refine((hours) => hours.allDay || hours.periods.length > 0, {
    ...schemaMessage('schema.openingHours'),
    path: ['periods'],
  });

/** Whom to call when the service itself is closed, e.g. the night shift or legevakten. */
const afterHoursSchema = z.object({
  /** Name readers ask for, e.g. "Hjemmetjenesten, nattpatruljen". */
  name: z
    .string()
    .min(2, schemaMessage('schema.afterHoursName'))
    .meta(field('facts.field.afterHoursName', 'facts.field.afterHoursName.help')),
  /** The number to call outside the service's opening hours. */
  phone: phoneSchema,
});

/** How to apply for the service: an e-form, a printable form, or by phone or letter. */
const applySchema = z
  .object({
    /** The kommune's electronic form (e-skjema). */
    eFormUrl: https.meta(field('facts.field.eFormUrl', undefined, 'url')).optional(),
    /** A form to print, fill in by hand and send or hand in. */
    printFormUrl: https.meta(field('facts.field.printFormUrl', undefined, 'url')).optional(),
    /** True when a phone call is enough to apply. */
    byPhone: z.boolean().meta(field('facts.field.byPhone')).default(false),
    /** Postal or visiting address for a letter or a handed-in form. */
    address: z.string().meta(field('facts.field.applyAddress', 'facts.field.applyAddress.help')).optional(),
    /** One or two plain sentences on anything else the reader must do, e.g. "Legg ved legeerklæring". */
    note: z
      .string()
      .meta(field('facts.field.applyNote', 'facts.field.applyNote.help', 'textarea'))
      .optional(),
    /** The official page that describes this route. */
    source: sourceSchema.meta(field('facts.field.applySource', 'facts.field.source.help')),
  })
  .refine((apply) => apply.eFormUrl || apply.printFormUrl || apply.byPhone || apply.address, {
    ...schemaMessage('schema.applyRoute'),
    path: ['eFormUrl'],
  });

/** Units a price can be given in; each reads as «per …» to the reader. */
export const PRICE_UNITS = ['month', 'day', 'meal', 'hour', 'year', 'stay', 'once'] as const;

/** One price: an amount in kroner for a unit, optionally for one income bracket. */
const priceItemSchema = z
  .object({
    /** What the line is for, when a table has several, e.g. "Leie av alarm" or "Middag". */
    label: z.string().min(2).meta(field('facts.field.priceLabel', 'facts.field.priceLabel.help')).optional(),
    /** Amount in whole kroner; 0 means free. */
    amount: z
      .number(schemaMessage('schema.amount'))
      .int(schemaMessage('schema.amount'))
      .nonnegative(schemaMessage('schema.amountNegative'))
      .meta(field('facts.field.amount', 'facts.field.amount.help')),
    /** What the amount is per: month, day (døgn), meal, hour, year, stay or once (engangsbeløp). */
    unit: z.enum(PRICE_UNITS, schemaMessage('schema.unit')).meta(field('facts.field.unit')),
    /** The household's yearly income bracket in G (grunnbeløp) the amount applies to; omit when the price is the same for all. */
    incomeBracket: z
      .object({
        /** Lower limit in G, inclusive; omit for «under …». */
        fromG: z.number().nonnegative().meta(field('facts.field.fromG')).optional(),
        /** Upper limit in G, exclusive; omit for «over …». */
        toG: z.number().positive().meta(field('facts.field.toG')).optional(),
      })
      .refine((bracket) => bracket.fromG !== undefined || bracket.toG !== undefined, {
        ...schemaMessage('schema.incomeBracket'),
        path: ['fromG'],
      })
      .meta(field('facts.field.incomeBracket', 'facts.field.incomeBracket.help'))
      .optional(),
  })
  .strict();

/** The prices of one topic from one date on. */
const priceValueSchema = z.object({
  /** The date these prices apply from («gjelder fra»). */
  validFrom: isoDate.meta(field('facts.field.validFrom', 'facts.field.validFrom.help', 'date')),
  /** The prices; at least one. */
  items: z
    .array(priceItemSchema)
    .min(1, schemaMessage('schema.priceItems'))
    .meta(field('facts.field.priceItems', 'facts.field.priceItems.help')),
  /** The kommune's or county's page with these prices. */
  source: sourceSchema.meta(field('facts.field.priceSource', 'facts.field.source.help')),
  /** A short remark readers need, e.g. "Du betaler ikke for utrykning". */
  note: z.string().meta(field('facts.field.priceNote', 'facts.field.priceNote.help')).optional(),
});

/** A set of prices (betalingssatser) for one topic, with the dates they apply from. */
export const priceTableSchema = z
  .object({
    /** The topic `<Price topic="…">` asks for, e.g. `trygghetsalarm`. */
    topic: z
      .string()
      .regex(/^[a-z0-9-]+$/, schemaMessage('schema.priceTopic'))
      .meta(field('facts.field.priceTopic', 'facts.field.priceTopic.help')),
    /** Heading readers see, e.g. "Trygghetsalarm". */
    title: z.string().min(2, schemaMessage('schema.priceTitle')).meta(field('facts.field.priceTitle', 'facts.field.priceTitle.help')),
    /** The prices from each date on, oldest first or in any order; the book shows the one in force. */
    values: z
      .array(priceValueSchema)
      .min(1, schemaMessage('schema.priceValues'))
      .meta(field('facts.field.priceValues', 'facts.field.priceValues.help')),
  })
  .refine((table) => new Set(table.values.map((value) => value.validFrom)).size === table.values.length, {
    ...schemaMessage('schema.samePriceDate'),
    path: ['values'],
  });

/** How often a fact must be checked again, in months; default 12. */
export const reviewMonthsSchema = z
  .number()
  .int(schemaMessage('schema.reviewMonths'))
  .min(1, schemaMessage('schema.reviewMonthsMin'))
  .max(36, schemaMessage('schema.reviewMonthsMax'))
  .meta(field('facts.field.reviewMonths', 'facts.field.reviewMonths.help'))
  .optional();

/** «Sist kontrollert»: the date an editor last checked a fact against its sources. */
export const lastCheckedSchema = isoDate.meta(field('facts.field.lastChecked', 'facts.field.lastChecked.help', 'date')).optional();

const serviceId = z.string().regex(/^[a-z0-9-]+$/);

/** One local service a reader may contact, e.g. the allocation office. */
export const serviceSchema = z
  .object({
    /** The name readers know the service by locally, e.g. "Tildelingskontoret". */
    name: z.string().min(2, schemaMessage('schema.serviceName')).meta(field('facts.field.name', 'facts.field.name.help')),
    /** One sentence on what the service helps with. */
    description: z
      .string()
      .min(10, schemaMessage('schema.serviceDescription'))
      .meta(field('facts.field.description', 'facts.field.description.help', 'textarea')),
    /** Direct phone. Without it, readers are sent to the switchboard (or `askVia`) and told whom to ask for. */
    phone: phoneSchema.optional(),
    /** Direct e-mail of the service. Without it, the card shows none. */
    email: z
      .email(schemaMessage('schema.email'))
      .meta(field('facts.field.email', undefined, 'email'))
      .optional(),
    /** When the direct phone answers, as data; the card shows the table and «Åpent nå»/«Stengt nå» only for these, the service's own hours. */
    openingHours: openingHoursSchema.meta(field('facts.field.openingHours', 'facts.field.openingHours.help')).optional(),
    /** The number to call when the service is closed. */
    afterHours: afterHoursSchema.meta(field('facts.field.afterHours', 'facts.field.afterHours.help')).optional(),
    /** Visiting address. */
    address: z.string().meta(field('facts.field.address', 'facts.field.address.help')).optional(),
    /** Web page of the service, if it has one. */
    url: https.meta(field('facts.field.url', undefined, 'url')).optional(),
    /** Another service of the kommune (a department's own switchboard) to call and ask for this one, instead of the main switchboard. */
    askVia: serviceId.meta(field('facts.field.askVia', 'facts.field.askVia.help')).optional(),
    /** How to apply («Slik søker du»); without it, `<Apply>` tells the reader to ask the service. */
    apply: applySchema.meta(field('facts.field.apply', 'facts.field.apply.help')).optional(),
    /** Prices per topic (betalingssatser), e.g. `trygghetsalarm`; a topic not listed makes `<Price>` say «Spør …». */
    prices: z
      .array(priceTableSchema)
      .refine((tables) => new Set(tables.map((table) => table.topic)).size === tables.length, schemaMessage('schema.uniqueTopic'))
      .meta(field('facts.field.prices', 'facts.field.prices.help'))
      .default([]),
    /** Local rules a reader must meet, one plain sentence each (e.g. the county's TT-kort rules). */
    conditions: z
      .array(z.string().min(10, schemaMessage('schema.condition')).meta(field('facts.field.condition')))
      .meta(field('facts.field.conditions', 'facts.field.conditions.help'))
      .default([]),
    /** The official pages the facts above were read on. */
    sources: z.array(sourceSchema).meta(field('facts.field.sources', 'facts.field.sources.help')).default([]),
    lastChecked: lastCheckedSchema,
    reviewMonths: reviewMonthsSchema,
    /** False for services outside the kommune (county, state): without a direct phone the card then shows their website, never the kommune's switchboard. Default: true. */
    viaSwitchboard: z.boolean().meta(field('facts.field.viaSwitchboard', 'facts.field.viaSwitchboard.help')).default(true),
  })
  .refine((service) => service.lastChecked === undefined || service.sources.length > 0, {
    ...schemaMessage('schema.checkedSource'),
    path: ['sources'],
  });

/** The county's part of the book: services the fylkeskommune or the state runs for the whole county. */
export const countySchema = z.object({
  /** Full name, e.g. "Akershus fylkeskommune". */
  name: z.string().min(3),
  /** The county's website, when an official page confirms it. */
  website: https.optional(),
  /** Where the county's name and website were read. */
  sources: z.array(sourceSchema).default([]),
  /** County services by id (TT-kort, tannhelse, Statsforvalteren …), merged into the kommune's `services`. */
  services: z.record(serviceId, serviceSchema),
});

const postalAddressSchema = z.object({
  street: z.string().min(2, schemaMessage('schema.street')).meta(field('facts.field.street')),
  postalCode: z
    .string()
    .regex(/^\d{4}$/, schemaMessage('schema.postalCode'))
    .meta(field('facts.field.postalCode')),
  city: z.string().min(2, schemaMessage('schema.city')).meta(field('facts.field.city')),
});

/**
 * The kommune's own contacts, kept as one fact on the editors' facts desk: the switchboard, e-mail,
 * visiting and postal address and the service desk, with their sources and «sist kontrollert».
 * Each may be left out until an official page confirms it: the book then sends readers to the
 * kommune's `website` for its contact details (src/core/contact.ts, `kommuneWebsite`).
 */
export const kommuneContactSchema = z.object({
  /** The kommune's main number; `hours` in words for running text (only what an official page states), `openingHours` as data. */
  switchboard: z
    .object({
      phone: phoneSchema,
      hours: z.string().meta(field('facts.field.switchboardHours', 'facts.field.switchboardHours.help')).optional(),
      openingHours: openingHoursSchema.meta(field('facts.field.openingHours', 'facts.field.switchboardOpeningHours.help')).optional(),
    })
    .meta(field('facts.field.switchboard', 'facts.field.switchboard.help'))
    .optional(),
  email: z
    .email(schemaMessage('schema.email'))
    .meta(field('facts.field.email', undefined, 'email'))
    .optional(),
  /** The visiting address (besøksadresse). */
  address: postalAddressSchema.meta(field('facts.field.visitingAddress', 'facts.field.visitingAddress.help')).optional(),
  /** The postal address (postadresse), when it differs from the visiting address. */
  postalAddress: postalAddressSchema.meta(field('facts.field.postalAddress', 'facts.field.postalAddress.help')).optional(),
  /** The first-line service desk where anyone can walk in and ask. */
  serviceDesk: z
    .object({
      name: z.string().min(2).meta(field('facts.field.name')),
      address: z.string().min(2).meta(field('facts.field.serviceDeskAddress')),
      hours: z.string().meta(field('facts.field.serviceDeskHours', 'facts.field.switchboardHours.help')).optional(),
    })
    .meta(field('facts.field.serviceDesk', 'facts.field.serviceDesk.help'))
    .optional(),
  /** Where the facts above were read. */
  sources: z.array(sourceSchema).meta(field('facts.field.sources', 'facts.field.sources.help')).default([]),
  lastChecked: lastCheckedSchema,
  reviewMonths: reviewMonthsSchema,
});

/** The one file a kommune edits to run its own copy of the book. */
export const municipalitySchema = z.object({
  /** Full name as written in running text, e.g. "Jevnaker kommune". */
  name: z.string().min(3),
  /** Short name without "kommune", used in compound phrases ("i Jevnaker"). */
  shortName: z.string().min(2),
  /** Text shown as the logo in the header. */
  logoText: z.string().min(2),
  /**
   * The kommune's målform: `nb` (bokmål, default) or `nn` (nynorsk). Its whole book – pages, articles,
   * search, e-mails, the API's messages, the editors' pages and the printed book – is in that language.
   */
  language: z.enum(LANGUAGES).default('nb'),
  /** County for services the county runs (TT-kort, dental care). */
  county: z.string().min(3),
  /** The county file (path from the project root) whose services join this kommune's, e.g. "content/counties/akershus.json". */
  countyConfig: z.string().regex(/^[a-z0-9/._-]+\.json$/, schemaMessage('schema.countyConfig')),
  /** The county governor's office, e.g. "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus". */
  countyGovernor: z.string().min(3),
  /** The kommune's website; where the book sends readers for any of its own contacts the config lacks. */
  website: https,
  /** Public origin of this site, used for canonical links and the sitemap. */
  siteUrl: z.url(),
  ...kommuneContactSchema.shape,
  /** Numbers shown on the emergency page and in the footer. */
  emergency: z.object({
    medical: phoneSchema,
    police: phoneSchema,
    fire: phoneSchema,
    afterHoursDoctor: phoneSchema,
    elderAbuseHelpline: phoneSchema,
  }),
  /** The law's accessibility statement (tilgjengelighetserklæring) for this site, published in uustatus.no. */
  accessibility: z
    .object({
      /** The statement's address in uustatus.no; without it `/tilgjengelighet/` points to uustatus.no's search. */
      statementUrl: z.url().startsWith('https://uustatus.no/', schemaMessage('schema.statementUrl')).optional(),
      /** Where readers send feedback on accessibility; default: the kommune's `email`. */
      feedbackEmail: z.email().optional(),
    })
    .default({}),
  /** Named local services, looked up by id from articles (`<Local service="tildelingskontor" />`). */
  services: z.record(serviceId, serviceSchema),
});

export type Municipality = z.infer<typeof municipalitySchema>;
export type County = z.infer<typeof countySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type KommuneContact = z.infer<typeof kommuneContactSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type PriceTable = z.infer<typeof priceTableSchema>;
export type PriceValue = z.infer<typeof priceValueSchema>;
export type PriceItem = z.infer<typeof priceItemSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PostalAddress = z.infer<typeof postalAddressSchema>;
