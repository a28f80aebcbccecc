import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
let id: string;
const text = 'Siden om trygghetsalarm sier at den er gratis.\nHos oss koster den 300 kroner i måneden.';

beforeAll(async () => {
  moderation = await startModerationServer();
  // A question, since only questions reach «Publisert» by hand; changes to the book get there when their revision goes live.
  id = await submit(moderation, {
    kind: 'question',
    topic: 'sykehjem',
    title: 'Pris på trygghetsalarm',
    text,
    contact: { name: 'Ola Nordmann', email: 'ola@example.no' },
  });
  await moderation.api(`/api/moderation/suggestions/${id}`, {
    method: 'PATCH',
    json: { version: 1, status: 'in-review', note: 'Sjekker prisen med tildelingskontoret.' },
  });
  await moderation.api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: { version: 2, status: 'accepted' } });
  await moderation.api(`/api/moderation/suggestions/${id}`, {
    method: 'PATCH',
    json: { version: 3, status: 'published', public: true, publicAnswer: 'Takk! Prisen står nå riktig i boka.' },
  });
});
afterAll(() => moderation?.close());

const archive = (query = '') => moderation.api(`/api/moderation/suggestions/${id}/archive${query}`);

describe('«Arkivkopi»', () => {
  it('is one JSON document to save, with the text, the decision, the answer and the full history', async () => {
    const response = await archive();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="arkivkopi-forslag-\\d{4}-\\d{2}-\\d{2}-${id.slice(0, 8)}\\.json"$`),
    );
    const copy = (await response.json()) as Record<string, any>;
    expect(copy).toMatchObject({
      format: 'alderdommens-abc/arkivkopi',
      eksport: { utførtAv: 'Kari Redaktør', kontaktopplysningerTattMed: false },
      registrering: {
        systemID: id,
        tittel: 'Pris på trygghetsalarm',
        journalposttype: 'Inngående dokument',
        korrespondansepart: [{ korrespondanseparttype: 'Avsender', korrespondansepartNavn: 'Innbygger' }],
      },
      dokument: { type: 'Spørsmål', tekst: text, gjelderSide: '/sykehjem/' },
      behandling: {
        status: 'Publisert',
        avsluttet: true,
        offentligSvar: 'Takk! Prisen står nå riktig i boka.',
        visesOffentlig: true,
        versjon: 4,
      },
    });
    expect(copy.historikk.map((entry: { hendelse: string }) => entry.hendelse)).toEqual([
      'Sendt inn',
      'Ny → Under behandling',
      'Under behandling → Godkjent',
      'Godkjent → Publisert, endret om forslaget vises offentlig, endret det offentlige svaret',
    ]);
    expect(copy.historikk[1]).toMatchObject({ utførtAv: 'Kari Redaktør', merknad: 'Sjekker prisen med tildelingskontoret.' });
  });

  it('leaves contact data out unless the editor asks for it', async () => {
    const without = await (await archive()).text();
    expect(without).not.toContain('ola@example.no');
    expect(without).not.toContain('Ola Nordmann');
    const withContact = (await (await archive('?contact=true')).json()) as Record<string, any>;
    expect(withContact.eksport.kontaktopplysningerTattMed).toBe(true);
    expect(withContact.registrering.korrespondansepart[0]).toMatchObject({
      korrespondansepartNavn: 'Ola Nordmann',
      epostadresse: 'ola@example.no',
    });
  });

  it('answers 404 in Norwegian for a suggestion that does not exist, and 401 without a token', async () => {
    const missing = await moderation.api('/api/moderation/suggestions/finnes-ikke/archive');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { message: 'Fant ikke forslaget.' } });
    expect((await moderation.api(`/api/moderation/suggestions/${id}/archive`, { token: null })).status).toBe(401);
  });
});
