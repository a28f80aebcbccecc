/**
 * Which number a card shows for a service, and whose hours are whose. A service's own opening
 * hours are the only ones «Åpent nå»/«Stengt nå» may speak of; when the reader has to go through a
 * switchboard, the card says so and names the switchboard's hours as the switchboard's.
 */
import type { Municipality, OpeningHours, Service } from './schemas/municipality.ts';
import { t } from './text/t.ts';

/** The number a reader calls when the service has none of its own, and whose it is. */
export interface Via {
  /** Whose number it is, as readers ask for it: «sentralbordet», or a department such as «Helse og omsorg i Jevnaker». */
  name: string;
  /** That number's own hours as data, when known. */
  hours: OpeningHours | undefined;
  /** That number's hours in words, when an official page gives only words (e.g. «kl. 10–14»). */
  hoursText: string | undefined;
  /** True when the service's own contact is not confirmed yet and the kommune's switchboard is only the place to ask about it. */
  unconfirmed: boolean;
}

/** The kommune's website, where readers find the contacts the book does not have confirmed. */
export interface KommuneWebsite {
  url: string;
  /** The address as readers type it, without https:// and www., e.g. «levanger.kommune.no». */
  host: string;
}

export interface Contact {
  service: Service;
  /** The number to call: the service's own, or `via`'s; undefined when neither (the card then links the service's website, or `kommuneWebsite`). */
  phone: string | undefined;
  /** Set when `phone` is not the service's own. */
  via: Via | undefined;
  /** The service's own hours when it has its own phone: the only hours a live «Åpent nå» may use. */
  liveHours: OpeningHours | undefined;
  /** Set when there is no number to give and the service has no website: the reader would ask the kommune, whose switchboard is not confirmed, so the card links the kommune's contact details instead. */
  kommuneWebsite: KommuneWebsite | undefined;
}

/** The kommune's website and its address as readers type it. */
export function kommuneWebsite(config: Municipality): KommuneWebsite {
  const host = new URL(config.website).host.replace(/^www\./, '');
  return { url: config.website, host };
}

/** The service by id; throws a message naming the config and the ids it knows. */
export function serviceById(config: Municipality, id: string, configPath: string): Service {
  const service = config.services[id];
  if (!service)
    throw new Error(`Tjenesten «${id}» finnes ikke i ${configPath}. Kjente tjenester: ${Object.keys(config.services).join(', ')}`);
  return service;
}

/** The switchboard as the number to call, or, when the config has none, the kommune's website (unless the service has its own). */
function viaSwitchboard(config: Municipality, service: Service, unconfirmed: boolean): Contact {
  const switchboard = config.switchboard;
  if (!switchboard) {
    return {
      service,
      phone: undefined,
      via: undefined,
      liveHours: undefined,
      kommuneWebsite: service.url ? undefined : kommuneWebsite(config),
    };
  }
  const via = { name: t('site.local.switchboard'), hours: switchboard.openingHours, hoursText: switchboard.hours, unconfirmed };
  return { service, phone: switchboard.phone, via, liveHours: undefined, kommuneWebsite: undefined };
}

/**
 * The service's own number and hours; else the department it is reached through (`askVia`); else
 * the kommune's switchboard for kommune services; else, for a county or state service, its
 * website, or the switchboard as the place to ask when not even that is confirmed. Without a
 * switchboard in the config, a service that would be reached through it links the kommune's website.
 */
export function contactFor(config: Municipality, service: Service): Contact {
  if (service.phone) return { service, phone: service.phone, via: undefined, liveHours: service.openingHours, kommuneWebsite: undefined };
  const department = service.askVia ? config.services[service.askVia] : undefined;
  if (department?.phone) {
    return {
      service,
      phone: department.phone,
      via: { name: department.name, hours: department.openingHours, hoursText: undefined, unconfirmed: false },
      liveHours: undefined,
      kommuneWebsite: undefined,
    };
  }
  if (service.viaSwitchboard) return viaSwitchboard(config, service, false);
  if (service.url) return { service, phone: undefined, via: undefined, liveHours: undefined, kommuneWebsite: undefined };
  return viaSwitchboard(config, service, true);
}
