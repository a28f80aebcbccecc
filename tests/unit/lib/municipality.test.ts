import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMunicipality, municipalityConfigPath } from '../../../src/lib/municipality.ts';
import { telUri } from '../../../src/core/tel-uri.ts';

describe('municipality config', () => {
  it('loads the default Jevnaker config and the Halden, Levanger and Verdal examples', () => {
    expect(loadMunicipality('content/municipality.json').name).toBe('Jevnaker kommune');
    expect(loadMunicipality('content/municipalities/halden.json').address?.street).toBe('Storgata 8');
    expect(loadMunicipality('content/municipalities/levanger.json').name).toBe('Levanger kommune');
    expect(loadMunicipality('content/municipalities/verdal.json').name).toBe('Verdal kommune');
  });

  it('loads a config without the kommune contacts no official page confirmed, and still refuses a wrong one', () => {
    const levanger = loadMunicipality('content/municipalities/levanger.json');
    expect([levanger.switchboard, levanger.email, levanger.address, levanger.serviceDesk]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(levanger.website).toBe('https://www.levanger.kommune.no');
    const dir = mkdtempSync(join(tmpdir(), 'abc-config-'));
    const path = join(dir, 'half-switchboard.json');
    writeFileSync(path, JSON.stringify({ ...levanger, switchboard: { hours: 'kl. 08–15' } }));
    expect(() => loadMunicipality(path)).toThrow(/switchboard/);
  });

  it('gives every example every service the articles use, so they build with either', () => {
    const used = new Set<string>();
    for (const name of readdirSync('content/articles').filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(join('content/articles', name), 'utf8');
      for (const [, id] of source.matchAll(/<(?:Local|Price|Apply)\s+service="([^"]+)"/g)) used.add(id!);
      for (const id of /^contacts: \[(.*)\]$/m.exec(source)?.[1]?.split(', ') ?? []) used.add(id);
    }
    expect(used.size).toBeGreaterThan(10);
    const configs = [
      'content/municipality.json',
      'content/municipalities/halden.json',
      'content/municipalities/voss.json',
      'content/municipalities/levanger.json',
      'content/municipalities/verdal.json',
    ];
    for (const config of configs) {
      const services = loadMunicipality(config).services;
      expect(
        [...used].filter((id) => !services[id]),
        config,
      ).toEqual([]);
    }
  });

  it('is chosen with MUNICIPALITY_CONFIG', () => {
    expect(municipalityConfigPath({ MUNICIPALITY_CONFIG: 'content/municipalities/halden.json' })).toMatch(/halden\.json$/);
  });

  it('fails with a message naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abc-config-'));
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ ...loadMunicipality('content/municipality.json'), email: 'ikke-en-adresse' }));
    expect(() => loadMunicipality(path)).toThrow(new RegExp(`${path}[\\s\\S]*email`));
  });

  it('makes Norwegian numbers callable', () => {
    expect(telUri('61 31 57 00')).toBe('tel:+4761315700');
    expect(telUri('113')).toBe('tel:113');
    expect(telUri('+46 8 123 456')).toBe('tel:+468123456');
  });

  it('refuses to make a tel: link without a number, so no page can offer an empty one', () => {
    for (const phone of ['', ' ', 'undefined', '+']) expect(() => telUri(phone), phone).toThrow(/telefonnummer/);
  });
});
