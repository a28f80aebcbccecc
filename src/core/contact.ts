/** Which number a card shows for a service, and whose opening hours decide «Åpent nå». */
import type { Municipality, OpeningHours, Service } from './schemas/municipality.ts';

export interface Contact {
  service: Service;
  /** The number to call, or undefined for a county or state service without one (the card then links its website). */
  phone: string | undefined;
  /** True when `phone` is the kommune's switchboard, so the reader must ask for the service by name. */
  viaSwitchboard: boolean;
  /** When `phone` answers, if known. */
  hours: OpeningHours | undefined;
}

/** The service by id; throws a message naming the config and the ids it knows. */
export function serviceById(config: Municipality, id: string, configPath: string): Service {
  const service = config.services[id];
  if (!service)
    throw new Error(`Tjenesten «${id}» finnes ikke i ${configPath}. Kjente tjenester: ${Object.keys(config.services).join(', ')}`);
  return service;
}

/** The service's own number and hours; else the switchboard's for kommune services; else none. */
export function contactFor(config: Municipality, service: Service): Contact {
  if (service.phone) return { service, phone: service.phone, viaSwitchboard: false, hours: service.openingHours };
  if (service.viaSwitchboard)
    return { service, phone: config.switchboard.phone, viaSwitchboard: true, hours: config.switchboard.openingHours };
  return { service, phone: undefined, viaSwitchboard: false, hours: undefined };
}
