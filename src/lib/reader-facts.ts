/** The kommune's facts the browser needs to draw `<Local/>` and `<Kommune/>` as readers see them (editors' preview, councils' review). */
import type { ReaderFacts } from '../core/articles/article-html.ts';
import { municipality } from './municipality.ts';

export function readerFacts(): ReaderFacts {
  const config = municipality();
  return {
    services: Object.fromEntries(
      Object.entries(config.services).map(([id, service]) => [
        id,
        { name: service.name, phone: service.phone ?? config.switchboard.phone, email: service.email ?? config.email },
      ]),
    ),
    kommune: {
      name: config.name,
      shortName: config.shortName,
      county: config.county,
      countyGovernor: config.countyGovernor,
      switchboard: config.switchboard.phone,
      email: config.email,
      address: `${config.address.street}, ${config.address.postalCode} ${config.address.city}`,
    },
  };
}
