import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSchemaOf, factsOf, KOMMUNE_FACT, overlayFacts, summaryOf, type FactFiles } from '../../../src/core/facts/facts.ts';
import { municipalityOf, readFactFiles } from '../../../src/core/municipality.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const { files, paths } = readFactFiles(read, {});

describe('the facts of the book', () => {
  const facts = factsOf(files);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));

  it('are the kommune’s contacts, each service, each county service and each national figure, one id each', () => {
    expect(byId.get(KOMMUNE_FACT)?.kind).toBe('service');
    expect(byId.get('tildelingskontor')?.kind).toBe('service');
    expect(byId.get('tt-kort')?.kind).toBe('county');
    expect(byId.get('grunnbelop')?.kind).toBe('national');
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
    for (const fact of facts) expect(factSchemaOf(fact).safeParse(fact.value).success, fact.id).toBe(true);
  });

  it('refuse two facts with the same id', () => {
    const clash: FactFiles = {
      ...files,
      national: {
        figures: { ...(files.national.figures as object), 'tt-kort': (files.national.figures as Record<string, unknown>).grunnbelop },
      },
    };
    expect(() => factsOf(clash)).toThrow(/tt-kort/);
  });

  it('are summarised with title, «sist kontrollert» and the day the next check is due', () => {
    expect(summaryOf(byId.get('grunnbelop')!, 'Kommunen')).toEqual({
      id: 'grunnbelop',
      kind: 'national',
      title: 'Grunnbeløpet i folketrygden (G)',
      lastChecked: '2026-12-07',
      reviewDue: '2027-12-07',
    });
    expect(summaryOf(byId.get(KOMMUNE_FACT)!, 'Jevnaker kommune').title).toBe('Jevnaker kommune');
    expect(summaryOf(byId.get('tt-kort')!, 'x')).not.toHaveProperty('lastChecked');
  });
});

describe('laying published facts over the seed files', () => {
  it('changes exactly the facts published and keeps the rest as in git', () => {
    const facts = new Map(factsOf(files).map((fact) => [fact.id, fact.value]));
    const tildeling = { ...facts.get('tildelingskontor')!, phone: '61 31 00 00' };
    const tt = { ...facts.get('tt-kort')!, url: 'https://www.akershus.no/tt' };
    const g = { ...facts.get('grunnbelop')!, title: 'G' };
    const kommune = { ...facts.get(KOMMUNE_FACT)!, email: 'post@jevnaker.kommune.no' };
    const overlaid = overlayFacts(files, [
      { id: 'tildelingskontor', value: tildeling },
      { id: 'tt-kort', value: tt },
      { id: 'grunnbelop', value: g },
      { id: KOMMUNE_FACT, value: kommune },
      { id: 'finnes-ikke', value: { name: 'Ukjent' } },
    ]);
    const config = municipalityOf(overlaid, paths);
    expect(config.services.tildelingskontor?.phone).toBe('61 31 00 00');
    expect(config.services['tt-kort']?.url).toBe('https://www.akershus.no/tt');
    expect(config.email).toBe('post@jevnaker.kommune.no');
    expect(config.name).toBe('Jevnaker kommune');
    expect(config.services.hjemmetjenesten).toEqual(municipalityOf(files, paths).services.hjemmetjenesten);
    expect((overlaid.national.figures as Record<string, { title: string }>).grunnbelop?.title).toBe('G');
    expect(JSON.stringify(overlaid)).not.toContain('finnes-ikke');
    // The seed files themselves are untouched.
    expect((files.municipality.services as Record<string, { phone?: string }>).tildelingskontor?.phone).toBeUndefined();
  });

  it('drops a kommune field the published value leaves out (a postal address removed)', () => {
    const kommune = { ...factsOf(files).find((fact) => fact.id === KOMMUNE_FACT)!.value };
    delete kommune.postalAddress;
    const overlaid = overlayFacts(files, [{ id: KOMMUNE_FACT, value: kommune }]);
    expect(municipalityOf(overlaid, paths).postalAddress).toBeUndefined();
  });
});
