import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countySchema, municipalitySchema, type Service } from '../../../src/core/schemas/municipality.ts';
import { loadMunicipality } from '../../../src/lib/municipality.ts';

const LEVANGER = 'content/municipalities/levanger.json';
const VERDAL = 'content/municipalities/verdal.json';
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** The kommune's own contacts the schema lets a config leave out until an official page confirms them. */
const KOMMUNE_CONTACTS = new Set(['switchboard', 'email', 'address', 'serviceDesk']);

/** Service ids the articles show, which every config must define. */
function serviceIdsTheArticlesUse(): Set<string> {
  const used = new Set<string>();
  for (const name of readdirSync('content/articles').filter((file) => file.endsWith('.mdx'))) {
    const source = readFileSync(join('content/articles', name), 'utf8');
    for (const [, id] of source.matchAll(/<(?:Local|Price|Apply)\s+service="([^"]+)"/g)) used.add(id!);
    for (const id of /^contacts: \[(.*)\]$/m.exec(source)?.[1]?.split(', ') ?? []) used.add(id);
  }
  return used;
}

/** A service that states a fact a reader could act on (a number, address, rule, route or hours) must name its source. */
function factsWithoutSource(services: Record<string, Service>): string[] {
  return Object.entries(services)
    .filter(([, service]) => {
      const states =
        service.phone || service.email || service.address || service.url || service.openingHours || service.afterHours || service.apply;
      return (states || service.conditions.length > 0 || service.prices.length > 0) && service.sources.length === 0;
    })
    .map(([id]) => id);
}

describe('Levanger and Verdal from their official pages', () => {
  const county = countySchema.parse(json('content/counties/trondelag.json'));

  it('puts both in Trøndelag, sharing one county file', () => {
    for (const path of [LEVANGER, VERDAL]) {
      const config = json(path);
      expect(config.county, path).toBe('Trøndelag fylkeskommune');
      expect(config.countyConfig, path).toBe('content/counties/trondelag.json');
      expect(config.countyGovernor, path).toBe('Statsforvalteren i Trøndelag');
    }
    expect(county.name).toBe('Trøndelag fylkeskommune');
    expect(factsWithoutSource(county.services)).toEqual([]);
  });

  it('load with the schema, lacking only the kommune contacts no official page confirmed', () => {
    const missing = (path: string) => {
      const config = loadMunicipality(path) as Record<string, unknown>;
      return [...KOMMUNE_CONTACTS].filter((name) => config[name] === undefined);
    };
    expect(missing(LEVANGER)).toEqual(['switchboard', 'email', 'address', 'serviceDesk']);
    expect(missing(VERDAL)).toEqual(['address']);
  });

  it('defines every service the articles use, none the county also defines, and names a source for every fact', () => {
    const used = serviceIdsTheArticlesUse();
    for (const path of [LEVANGER, VERDAL]) {
      const services = municipalitySchema.shape.services.parse(json(path).services);
      const all = { ...services, ...county.services };
      expect(
        [...used].filter((id) => !all[id]),
        path,
      ).toEqual([]);
      expect(
        Object.keys(services).filter((id) => id in county.services),
        path,
      ).toEqual([]);
      expect(factsWithoutSource(services), path).toEqual([]);
    }
  });

  it('gives the services the two kommuner share the same values in both, ready to be defined once', () => {
    const levanger = json(LEVANGER).services as Record<string, unknown>;
    const verdal = json(VERDAL).services as Record<string, unknown>;
    for (const id of ['legevakt', 'nav']) expect(levanger[id], id).toEqual(verdal[id]);
    expect((levanger.legevakt as Service).name).toBe('Innherred interkommunale legevakt');
    const listed = readFileSync('content/books/levanger-verdal.services.md', 'utf8');
    for (const id of ['legevakt', 'nav']) expect(listed).toContain(`\`${id}\``);
  });
});
