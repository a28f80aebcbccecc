import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMunicipality, municipalityConfigPath } from '../../../src/lib/municipality.ts';
import { telUri } from '../../../src/core/tel-uri.ts';

describe('municipality config', () => {
  it('loads the default Jevnaker config and the Halden example', () => {
    expect(loadMunicipality('content/municipality.json').name).toBe('Jevnaker kommune');
    expect(loadMunicipality('content/municipalities/halden.json').address.street).toBe('Storgata 8');
  });

  it('gives every example every service the articles use, so they build with either', () => {
    const used = new Set<string>();
    for (const name of readdirSync('content/articles').filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(join('content/articles', name), 'utf8');
      for (const [, id] of source.matchAll(/<(?:Local|Price|Apply)\s+service="([^"]+)"/g)) used.add(id!);
      for (const id of /^contacts: \[(.*)\]$/m.exec(source)?.[1]?.split(', ') ?? []) used.add(id);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const config of ['content/municipality.json', 'content/municipalities/halden.json', 'content/municipalities/voss.json']) {
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
  });
});
