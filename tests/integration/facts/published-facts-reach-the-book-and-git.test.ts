/**
 * Facts go through the same publication as articles (issue 22's queue): a saved fact is in the
 * book a publication builds, becomes live, is written back into content/ by `npm run content:pull`,
 * and a dated value with a later validFrom gets a publication of its own on its day, without a click.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullContent } from '../../../tools/local/content-pull.ts';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { tickPublishing } from '../../../functions/shared/publishing/publications.ts';
import { manualClock } from '../support/test-storage.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const clock = manualClock('2026-12-07T10:00:00.000Z');
let moderation: ModerationServer;
/** The fact files each build was given, newest last. */
const built: {
  bookDate: string | undefined;
  municipality: { services: Record<string, { phone?: string }> };
  national: { figures: Record<string, { values: unknown[] }> };
}[] = [];
const recordingBuild: SiteBuilder = async (book, outDir) => {
  built.push({
    bookDate: book.bookDate,
    municipality: JSON.parse(await readFile(join(book.factsDir!, 'municipality.json'), 'utf8')),
    national: JSON.parse(await readFile(join(book.factsDir!, 'national.json'), 'utf8')),
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: recordingBuild, now: clock.now });
});
afterAll(async () => {
  await moderation?.close();
});

type Fact = { version: number; value: Record<string, unknown> };
const fact = async (id: string) => (await (await moderation.api(`/api/moderation/facts/${id}`)).json()) as Fact;
const save = (id: string, value: object, version: number) =>
  moderation.api(`/api/moderation/facts/${id}`, { method: 'PUT', json: { value, version } });
async function publishAndWait(body: object): Promise<{ id: string; items: unknown[] }> {
  const response = await moderation.api('/api/moderation/publish', { method: 'POST', json: body });
  expect(response.status).toBe(202);
  const publication = (await response.json()) as { id: string; items: unknown[] };
  await moderation.server.publishingIdle();
  return publication;
}

describe('a published fact', () => {
  it('is in the book the publication builds, and becomes what readers see', async () => {
    const before = await fact('hjemmetjenesten');
    const value = {
      ...before.value,
      phone: '61 31 60 00',
      openingHours: {
        periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '15:30' }],
        exceptions: [{ date: '2026-12-24', note: 'Julaften' }],
      },
    };
    expect((await save('hjemmetjenesten', value, before.version)).status).toBe(200);
    const publication = await publishAndWait({});
    expect(publication.items).toContainEqual({ fact: 'hjemmetjenesten', version: 1 });
    const status = (await (await moderation.api(`/api/moderation/publish/${publication.id}`)).json()) as { status: string };
    expect(status.status).toBe('live');
    expect(built.at(-1)?.municipality.services.hjemmetjenesten?.phone).toBe('61 31 60 00');
    const { liveVersion } = (await (await moderation.api('/api/moderation/facts/hjemmetjenesten/revisions')).json()) as {
      liveVersion: number;
    };
    expect(liveVersion).toBe(1);
  });

  it('is written back into the kommune’s file by content:pull, after which git and the store agree', async () => {
    const work = await mkdtemp(join(tmpdir(), 'facts-pull-'));
    await cp('content', join(work, 'content'), { recursive: true });
    const pull = () =>
      pullContent(
        moderation.server.url,
        moderationToken,
        join(work, 'content', 'articles'),
        join(work, 'content', 'redirects.json'),
        {},
        work,
      );
    const moderationToken = await moderation.token();
    const first = await pull();
    expect(first.factFiles).toEqual(['content/municipality.json']);
    const municipality = JSON.parse(await readFile(join(work, 'content', 'municipality.json'), 'utf8')) as {
      services: Record<string, { phone?: string; openingHours?: { exceptions: { date: string }[] } }>;
    };
    expect(municipality.services.hjemmetjenesten?.phone).toBe('61 31 60 00');
    expect(municipality.services.hjemmetjenesten?.openingHours?.exceptions[0]?.date).toBe('2026-12-24');
    expect(municipality.services.tildelingskontor).toEqual(
      JSON.parse(await readFile('content/municipality.json', 'utf8')).services.tildelingskontor,
    );
    expect((await pull()).factFiles).toEqual([]);
    await rm(work, { recursive: true, force: true });
  });

  it('with a later validFrom is published again on its day, by the publishing clock, without a click', async () => {
    const g = await fact('grunnbelop');
    const later = {
      validFrom: '2027-05-01',
      amount: 140_000,
      source: { title: 'Forskrift om grunnbeløp fra 1. mai 2027', url: 'https://lovdata.no/g-2027' },
    };
    expect((await save('grunnbelop', { ...g.value, values: [...(g.value.values as unknown[]), later] }, g.version)).status).toBe(200);
    await publishAndWait({ facts: ['grunnbelop'] });
    expect(built.at(-1)?.national.figures.grunnbelop?.values).toContainEqual(later);

    const ctx = moderation.server.context;
    const publishing = { ...ctx, articles: ctx.articles!, publisher: ctx.publisher! };
    // The day before, nothing is due.
    clock.advance(Date.parse('2027-04-30T21:00:00.000Z') - clock.now().getTime());
    expect((await ctx.articles!.dueSchedules()).map((schedule) => schedule.id)).not.toContain('fakta-2027-05-01');
    // From midnight in Norway on 1 May, the clock starts the day's publication, once.
    clock.advance(2 * 3_600_000);
    expect((await ctx.articles!.dueSchedules()).map((schedule) => schedule.id)).toContain('fakta-2027-05-01');
    const builds = built.length;
    await tickPublishing(publishing);
    await tickPublishing(publishing);
    await moderation.server.publishingIdle();
    expect(await ctx.articles!.getPublication('schedule-fakta-2027-05-01')).toMatchObject({ reason: 'schedule', stage: 'done' });
    expect(built.length).toBe(builds + 1);
    // Built as of its day, so the new grunnbeløp is the one in force on the pages.
    expect(built.at(-1)).toMatchObject({ bookDate: '2027-05-01' });
    expect(built.at(-1)?.national.figures.grunnbelop?.values).toContainEqual(later);
  });
});
