/**
 * The councils' workspace as the issue asks for it, over HTTP with a clock the test moves: who was
 * told, what a council sees of each request (version, dates, reason, «Erstattet av versjon N»),
 * the reminders and notices the scheduled mail run sends once each, the editors' news, the question
 * before «Publiser», and the end of the round when the text goes live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../fixtures/search-site.ts';
import { readOutbox } from '../support/outbox.ts';
import { quickBuild, startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';
import { manualClock } from '../support/test-storage.ts';

const clock = manualClock('2027-03-01T09:00:00.000Z');
const DAY = 86_400_000;
let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ now: clock.now, buildSite: quickBuild, distDir: builtSite });
});

afterAll(async () => {
  await moderation?.close();
});

type Json = Record<string, any>;

const outbox = () => readOutbox(moderation.server.context.env.MAIL_OUTBOX_DIR!);
const subjects = (filter: string) => outbox().filter((mail) => mail.subject.includes(filter));

async function newCouncil(name: string, contactEmail?: string): Promise<{ id: string; code: string }> {
  const body = (await (await moderation.api('/api/moderation/councils', { method: 'POST', json: { name } })).json()) as Json;
  if (contactEmail) await moderation.api(`/api/moderation/councils/${body.council.id}`, { method: 'PATCH', json: { contactEmail } });
  return { id: body.council.id, code: body.code };
}

/** Saves a new revision of `slug` with its summary changed, linked to a suggestion and with a note when given. */
async function saveRevision(slug: string, change: { summary: string; note?: string; suggestionId?: string }): Promise<number> {
  const head = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as Json;
  const source = (head.source as string).replace(/^summary: .*$/m, `summary: ${change.summary}`);
  const saved = await moderation.api(`/api/moderation/articles/${slug}`, {
    method: 'PUT',
    json: {
      source,
      version: head.version,
      ...(change.note ? { note: change.note } : {}),
      ...(change.suggestionId ? { suggestionId: change.suggestionId } : {}),
    },
  });
  expect(saved.status, await saved.clone().text()).toBe(200);
  return ((await saved.json()) as Json).version;
}

const ask = async (slug: string, version: number, councils: string[], deadline: string) => {
  const response = await moderation.api(`/api/moderation/articles/${slug}/reviews`, {
    method: 'POST',
    json: { version, councils, deadline },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Json;
};

const asCouncil = (code: string, path: string, init: RequestInit & { json?: unknown } = {}) =>
  moderation.api(path, { ...init, token: null, headers: { authorization: `Council ${code}` } });

const councilList = async (code: string) => ((await (await asCouncil(code, '/api/council/reviews')).json()) as Json).items as Json[];

const news = async () => ((await (await moderation.api('/api/moderation/reviews')).json()) as Json).items as Json[];

describe('sending a text to the councils', () => {
  it('says exactly who was told by e-mail and who must be told another way, and a new deadline is sent on', async () => {
    const withMail = await newCouncil('Eldrerådet med e-post', 'eldre@example.no');
    const without = await newCouncil('Brukerrådet uten e-post');
    const version = await saveRevision('ernaering', {
      summary: 'Mat og drikke holder deg frisk. Spør om hjelp.',
      note: 'Kortere sammendrag',
    });

    const first = await ask('ernaering', version, [withMail.id, without.id], '2027-03-15');
    expect(first.notices).toEqual([
      { councilId: withMail.id, councilName: 'Eldrerådet med e-post', outcome: 'created', emailed: true },
      { councilId: without.id, councilName: 'Brukerrådet uten e-post', outcome: 'created', emailed: false },
    ]);
    expect(first.councilPage).toMatch(/^http:\/\/.+\/rad\/$/);
    const [request, ...others] = subjects('er bedt om uttalelse');
    expect(others).toEqual([]);
    expect(request!.to).toBe('eldre@example.no');
    expect(request!.body).toContain(`(versjon ${version})`);
    expect(request!.body).toContain('Hva er endret: Kortere sammendrag');

    const again = await ask('ernaering', version, [withMail.id, without.id], '2027-03-15');
    expect(again.notices.map((notice: Json) => notice.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(subjects('svarfrist')).toEqual([]);

    const moved = await ask('ernaering', version, [withMail.id, without.id], '2027-03-22');
    expect(moved.notices).toEqual([
      expect.objectContaining({ outcome: 'deadline-changed', emailed: true }),
      expect.objectContaining({ outcome: 'deadline-changed', emailed: false }),
    ]);
    const [deadlineMail] = subjects('Ny svarfrist for Eldrerådet med e-post');
    expect(deadlineMail!.body).toContain('Ny svarfrist: 22. mars 2027.');
    expect((await councilList(without.code))[0]).toMatchObject({ version, deadline: '2027-03-22' });
  });
});

describe('what a council sees of its requests', () => {
  it('shows version, date sent, deadline and reason (the suggestion, in words only with consent), an older version as replaced', async () => {
    const council = await newCouncil('Eldrerådet som leser versjoner');
    const suggestionId = await submit(moderation, {
      kind: 'correction',
      topic: 'syn',
      text: 'Min nabo Astrid fikk ikke hjelp med synet.',
      publishText: true,
    });
    await moderation.api(`/api/moderation/suggestions/${suggestionId}`, {
      method: 'PATCH',
      json: { version: 1, status: 'in-review', publicText: 'En innbygger fikk ikke hjelp med synet.' },
    });
    const { reference } = (await (await moderation.api(`/api/moderation/suggestions/${suggestionId}`)).json()) as Json;
    const older = await saveRevision('syn', { summary: 'Ser du dårlig, kan du få hjelp. Første utgave.' });
    await ask('syn', older, [council.id], '2027-03-20');
    const newer = await saveRevision('syn', { summary: 'Ser du dårlig, kan du få hjelp.', note: 'Hvem du ringer', suggestionId });
    await ask('syn', newer, [council.id], '2027-03-20');

    const items = await councilList(council.code);
    expect(items).toEqual([
      expect.objectContaining({
        id: `syn.${newer}`,
        version: newer,
        deadline: '2027-03-20',
        requestedAt: clock.now().toISOString(),
        reason: { note: 'Hvem du ringer', suggestion: { reference, kind: 'correction', text: 'En innbygger fikk ikke hjelp med synet.' } },
      }),
      expect.objectContaining({ id: `syn.${older}`, replacedBy: newer }),
    ]);
    expect(JSON.stringify(items)).not.toContain('Astrid');
    const stale = await asCouncil(council.code, `/api/council/reviews/syn.${older}/statement`, {
      method: 'POST',
      json: { verdict: 'recommend' },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Json).error).toMatchObject({
      code: 'review-replaced',
      message: expect.stringContaining(`versjon ${newer}`),
    });

    // Without JavaScript the same list: the older request is one line, not a second «Venter på uttalelse».
    const page = await (
      await moderation.api('/api/council/page', {
        method: 'POST',
        token: null,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ code: council.code }).toString(),
      })
    ).text();
    expect(page.match(/Erstattet av versjon \d+/g)).toEqual([`Erstattet av versjon ${newer}`]);
    expect(page.match(/Venter på uttalelse fra rådet/g)).toHaveLength(1);
    expect(page).toContain(`Versjon ${newer} · sendt 1. mars 2027 · svarfrist 20. mars 2027`);
    expect(page).toContain('Hva er endret: Hvem du ringer');
    expect(page).toContain(`Endringen kommer fra forslag <span class="reference">${reference}</span>: Noe var feil eller manglet.`);
  });

  it('never shows the words of a suggestion whose sender did not agree', async () => {
    const council = await newCouncil('Eldrerådet uten innsyn');
    const suggestionId = await submit(moderation, { kind: 'correction', topic: 'horsel', text: 'Mannen min Per hører dårlig.' });
    const version = await saveRevision('horsel', { summary: 'Hører du dårlig, kan du få hjelp.', suggestionId });
    await ask('horsel', version, [council.id], '2027-03-20');
    const [item] = await councilList(council.code);
    expect(item!.reason.suggestion).toEqual({ reference: expect.stringMatching(/^F-/), kind: 'correction' });
  });
});

describe('time and publishing', () => {
  it('reminds two days before the deadline, tells the editors when it passes, once each, and shows it as news until read', async () => {
    const withMail = await newCouncil('Eldrerådet som glemmer', 'glemsk@example.no');
    const without = await newCouncil('Ungdomsrådet uten e-post');
    const version = await saveRevision('demens', { summary: 'Demens gjør det vanskelig å huske. Du kan få hjelp.' });
    const start = Date.parse(clock.now().toISOString());
    await ask('demens', version, [withMail.id, without.id], '2027-03-25');

    await moderation.server.runMailSchedule();
    expect(subjects('Påminnelse')).toEqual([]);

    clock.advance(Date.parse('2027-03-23T07:00:00.000Z') - start);
    await moderation.server.runMailSchedule();
    await moderation.server.runMailSchedule();
    const reminders = subjects('«Demens»').filter((mail) => /Påminnelse|Minn/.test(mail.subject));
    expect(reminders.map((mail) => [mail.to, mail.subject]).sort()).toEqual([
      ['glemsk@example.no', 'Påminnelse: svarfrist 25. mars 2027 for «Demens»'],
      ['redaksjonen@localhost', 'Minn Ungdomsrådet uten e-post på fristen 25. mars 2027: «Demens»'],
    ]);
    const byHand = reminders.find((mail) => mail.to === 'redaksjonen@localhost')!;
    expect(byHand.body).toMatch(/åpne http:\/\/\S+\/rad\/ og skrive inn rådskoden/);

    clock.advance(3 * DAY);
    await moderation.server.runMailSchedule();
    await moderation.server.runMailSchedule();
    const overdue = subjects('Fristen gikk ut').filter((mail) => mail.subject.includes('«Demens»'));
    expect(overdue.map((mail) => mail.subject).sort()).toEqual([
      'Fristen gikk ut uten uttalelse fra Eldrerådet som glemmer: «Demens»',
      'Fristen gikk ut uten uttalelse fra Ungdomsrådet uten e-post: «Demens»',
    ]);
    expect(overdue.every((mail) => mail.to === 'redaksjonen@localhost' && mail.body.includes('/redaksjon/#artikkel/demens'))).toBe(true);

    const waiting = (await news()).filter((item) => item.slug === 'demens');
    expect(waiting.map((item) => [item.councilName, item.news]).sort()).toEqual([
      ['Eldrerådet som glemmer', 'overdue'],
      ['Ungdomsrådet uten e-post', 'overdue'],
    ]);
    const seen = await moderation.api(`/api/moderation/articles/demens/reviews/${version}.${withMail.id}`, {
      method: 'PATCH',
      json: { seen: true },
    });
    expect(seen.status).toBe(200);
    expect((await news()).filter((item) => item.slug === 'demens').map((item) => item.councilName)).toEqual(['Ungdomsrådet uten e-post']);
  });

  it('asks «Publisere likevel?» while a round is open, then ends it and tells the council, with the page', async () => {
    const council = await newCouncil('Eldrerådet med frist', 'frist@example.no');
    const version = await saveRevision('hjemmesykepleie', { summary: 'Hjemmesykepleie er helsehjelp hjemme. Du søker hos kommunen.' });
    await ask('hjemmesykepleie', version, [council.id], '2027-12-15');

    const refused = await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['hjemmesykepleie'] } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Json).error).toEqual({
      code: 'review-open',
      message: 'Eldrerådet med frist har frist 15. desember. Publisere likevel?',
    });

    const started = await moderation.api('/api/moderation/publish', {
      method: 'POST',
      json: { slugs: ['hjemmesykepleie'], confirm: true },
    });
    expect(started.status).toBe(202);
    await moderation.server.publishingIdle();
    const { id } = (await started.json()) as Json;
    expect(((await (await moderation.api(`/api/moderation/publish/${id}`)).json()) as Json).status).toBe('live');

    const [published] = subjects('«Hjemmesykepleie» er publisert');
    expect(published!.to).toBe('frist@example.no');
    expect(published!.body).toMatch(/\/hjemmesykepleie\/\r?\n/);
    const [item] = await councilList(council.code);
    expect(item).toMatchObject({ closedAt: expect.any(String) });
    const late = await asCouncil(council.code, `/api/council/reviews/hjemmesykepleie.${version}/statement`, {
      method: 'POST',
      json: { verdict: 'recommend' },
    });
    expect(late.status).toBe(409);
    // A published round is over: no reminder, no notice, no news.
    clock.advance(365 * DAY);
    await moderation.server.runMailSchedule();
    expect(subjects('«Hjemmesykepleie»').filter((mail) => /Påminnelse|Fristen/.test(mail.subject))).toEqual([]);
    expect((await news()).filter((entry) => entry.slug === 'hjemmesykepleie')).toEqual([]);
  });

  it('tells the editors by e-mail and as news when a council answers, and again when it changes its answer', async () => {
    const council = await newCouncil('Eldrerådet som svarer');
    const version = await saveRevision('tannhelse', { summary: 'Tennene trenger stell hele livet. Spør om hjelp.' });
    await ask('tannhelse', version, [council.id], '2099-12-31');
    const path = `/api/council/reviews/tannhelse.${version}/statement`;
    await asCouncil(council.code, path, { method: 'POST', json: { verdict: 'remarks', text: 'Nevn tannlegevakten.' } });
    const [given] = subjects('Eldrerådet som svarer har gitt uttalelse om «Tannhelse»');
    expect(given!.to).toBe('redaksjonen@localhost');
    expect(given!.body).toContain('Vi har merknader');
    expect(given!.body).toContain('Nevn tannlegevakten.');
    expect((await news()).find((item) => item.slug === 'tannhelse')).toMatchObject({
      news: 'statement',
      councilName: 'Eldrerådet som svarer',
    });

    await moderation.api(`/api/moderation/articles/tannhelse/reviews/${version}.${council.id}`, { method: 'PATCH', json: { seen: true } });
    expect((await news()).find((item) => item.slug === 'tannhelse')).toBeUndefined();
    clock.advance(60_000);
    await asCouncil(council.code, path, { method: 'POST', json: { verdict: 'recommend' } });
    expect(subjects('Eldrerådet som svarer har endret uttalelsen om «Tannhelse»')).toHaveLength(1);
    expect((await news()).find((item) => item.slug === 'tannhelse')).toMatchObject({ news: 'statement' });
  });
});
