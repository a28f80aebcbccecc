/**
 * POST /api/council/page: the councils' page for readers without JavaScript. The code comes in a form body
 * and the answer is /rad/ drawn by the server renderer with only that council's suggestions and review requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../fixtures/search-site.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;

beforeAll(async () => {
  moderation = await startModerationServer({ distDir: builtSite });
});

afterAll(async () => {
  await moderation?.close();
});

async function newCouncil(name: string): Promise<{ id: string; code: string }> {
  const response = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name } });
  const body = (await response.json()) as { council: { id: string }; code: string };
  return { id: body.council.id, code: body.code };
}

async function send(body: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const response = await moderation.api('/api/suggestions', { method: 'POST', token: null, json: body });
  return (await response.json()) as { id: string; reference: string };
}

/** A plain HTML form post, as from /rad/ without JavaScript. */
const form = (path: string, fields: Record<string, string>) =>
  moderation.api(path, {
    method: 'POST',
    token: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

const postCode = (code: string, path = '/api/council/page') => form(path, { code });

describe('POST /api/council/page with a council code in the form', () => {
  it('answers with that council’s suggestions, answers and review requests, never contact data or others’ items', async () => {
    const elders = await newCouncil('Eldrerådet i skjematesten');
    const other = await newCouncil('Brukerrådet i skjematesten');
    const own = await send({
      kind: 'correction',
      topic: 'sykehjem',
      text: 'Eldrerådet: åpningstiden <stemmer> ikke.',
      councilCode: elders.code,
      contact: { email: 'leder@example.no', phone: '98765432' },
    });
    await send({ kind: 'question', text: 'Brukerrådet: hvem betaler for transport?', councilCode: other.code });
    await send({ kind: 'question', text: 'En innbygger spør om hjemmehjelp.' });
    await moderation.api(`/api/moderation/suggestions/${own.id}`, {
      method: 'PATCH',
      json: { version: 1, status: 'in-review', publicAnswer: 'Vi sjekker åpningstiden.' },
    });
    const source = (await (await moderation.api('/api/moderation/articles/dagaktivitetstilbud')).json()) as { source: string };
    await moderation.api('/api/moderation/articles/dagaktivitetstilbud', { method: 'PUT', json: { source: source.source, version: 0 } });
    await moderation.api('/api/moderation/articles/dagaktivitetstilbud/reviews', {
      method: 'POST',
      json: { version: 1, councils: [elders.id], deadline: '2099-12-31' },
    });

    const response = await postCode(` ${elders.code.toLowerCase()} `);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('Forslag fra Eldrerådet i skjematesten');
    expect(page).toContain('Eldrerådet: åpningstiden &lt;stemmer&gt; ikke.');
    expect(page).toContain(`Referanse <span class="reference">${own.reference}</span>`);
    expect(page).toContain('<p class="follow-stage">Under behandling</p>');
    expect(page).toContain('Svar fra redaksjonen: Vi sjekker åpningstiden.');
    expect(page).toContain('1 forslag, nyeste først.');
    expect(page).toMatch(/Versjon 1 · sendt \d{1,2}\. \w+ \d{4} · svarfrist 31\. desember 2099/);
    expect(page).toContain('Venter på uttalelse fra rådet');
    expect(page).toContain('data-signed-in');
    expect(page).not.toContain('id="council-code"');
    for (const leak of ['leder@example.no', '98765432', 'transport', 'hjemmehjelp', 'Brukerrådet']) expect(page).not.toContain(leak);
  });

  it('answers a wrong or revoked code with 401, the error beside the field and the typed code kept', async () => {
    const council = await newCouncil('Rådet som mister koden');
    await moderation.api(`/api/moderation/councils/${council.id}/code`, { method: 'DELETE' });
    for (const code of ['AAAA-BBBB-CCCC', council.code]) {
      const response = await postCode(code);
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toMatch(new RegExp(`<input id="council-code"[^>]* value="${code}"[^>]* aria-invalid="true"`));
      expect(page).toMatch(/data-council-error>Rådskoden stemmer ikke, eller den er ikke lenger i bruk\./);
      expect(page).not.toContain('data-signed-in');
    }
  });

  it('asks for the code when the field was empty', async () => {
    const response = await postCode('   ');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-council-error>Skriv rådskoden dere fikk fra redaksjonen.');
  });

  it('refuses a code in the address, by GET or with the form, without echoing it', async () => {
    const { code } = await newCouncil('Rådet med koden i adressen');
    const byGet = await moderation.api(`/api/council/page?code=${code}`, { token: null });
    expect(byGet.status).toBeGreaterThanOrEqual(400);
    expect(await byGet.text()).not.toContain('Rådet med koden i adressen');

    const inAddress = await postCode(code, `/api/council/page?code=${code}`);
    expect(inAddress.status).toBe(400);
    const page = await inAddress.text();
    expect(page).toContain('Koden skal ikke stå i nettadressen.');
    expect(page).not.toContain(code);
    expect(page).not.toContain('Rådet med koden i adressen');
  });

  it('takes the code only as a form, not as JSON', async () => {
    const { code } = await newCouncil('Rådet som sender JSON');
    const response = await moderation.api('/api/council/page', { method: 'POST', token: null, json: { code } });
    expect(response.status).toBe(415);
  });
});

describe('a text under review, without JavaScript', () => {
  async function asked(slug: string): Promise<{ id: string; code: string }> {
    const council = await newCouncil(`Eldrerådet som leser ${slug}`);
    const head = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as { source: string };
    const source = head.source.replace(/^summary: .*$/m, 'summary: En ny og kortere oppsummering.');
    await moderation.api(`/api/moderation/articles/${slug}`, { method: 'PUT', json: { source, version: 0 } });
    await moderation.api(`/api/moderation/articles/${slug}/reviews`, {
      method: 'POST',
      json: { version: 1, councils: [council.id], deadline: '2099-12-31' },
    });
    return council;
  }

  it('opens from the list with the code in a hidden field, with the changes marked and the statement form', async () => {
    const council = await asked('fysioterapi');
    const list = await (await postCode(council.code)).text();
    expect(list).toMatch(
      new RegExp(
        `<form method="post" action="/api/council/page/review"[^>]*><input type="hidden" name="code" value="${council.code}"><input type="hidden" name="review" value="fysioterapi.1">`,
      ),
    );

    const response = await form('/api/council/page/review', { code: council.code, review: 'fysioterapi.1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('>Uttalelse om «Fysioterapi og ergoterapi»</h2>');
    expect(page).toContain('En ny og kortere oppsummering.');
    expect(page).toMatch(/review-change--removed.*review-change--added/s);
    expect(page).toContain('<legend>Uttalelse fra Eldrerådet som leser fysioterapi</legend>');
    // The statement form and the way back both carry the code, in hidden fields.
    expect(page.split(`<input type="hidden" name="code" value="${council.code}">`)).toHaveLength(3);
    expect(page).toContain('<input type="hidden" name="review" value="fysioterapi.1">');
    expect(page).not.toContain('council-reviews-heading');
  });

  it('keeps what was written and says what is missing when remarks have no text', async () => {
    const council = await asked('frivilligsentral');
    const response = await form('/api/council/page/statement', {
      code: council.code,
      review: 'frivilligsentral.1',
      verdict: 'remarks',
      text: '  ',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toMatch(/data-review-error="text">[^<]+</);
    expect(page).toMatch(/name="verdict" value="remarks" checked/);
    expect(page).toContain('aria-invalid="true"');

    const noVerdict = await form('/api/council/page/statement', {
      code: council.code,
      review: 'frivilligsentral.1',
      text: 'Skriv om frivillige.',
    });
    expect(noVerdict.status).toBe(400);
    const again = await noVerdict.text();
    expect(again).toMatch(/data-review-error="verdict">[^<]+</);
    expect(again).toContain('>Skriv om frivillige.</textarea>');
  });

  it('gives the statement in the council’s name, and shows it above the form that changes it until the text is published', async () => {
    const council = await asked('frisklivssentral');
    const fields = { code: council.code, review: 'frisklivssentral.1', verdict: 'remarks', text: 'Skriv <mer> om kurs.' };
    const response = await form('/api/council/page/statement', fields);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Takk! Uttalelsen er sendt til redaksjonen.');
    expect(page).toContain('Uttalelse fra Eldrerådet som leser frisklivssentral');
    expect(page).toContain('Skriv &lt;mer&gt; om kurs.');
    expect(page).toContain('Rådet kan endre uttalelsen helt til teksten er publisert.');
    expect(page).toContain('<legend>Endre uttalelsen fra Eldrerådet som leser frisklivssentral</legend>');
    expect(page).toMatch(/name="verdict" value="remarks" checked/);
    expect(page).toContain('class="review-form"');

    const reviews = (await (await moderation.api('/api/moderation/articles/frisklivssentral/reviews')).json()) as {
      items: { statement?: { verdict: string; text?: string } }[];
    };
    expect(reviews.items[0]!.statement).toMatchObject({ verdict: 'remarks', text: 'Skriv <mer> om kurs.' });

    const changed = await form('/api/council/page/statement', { ...fields, verdict: 'recommend', text: '' });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Takk! Den endrede uttalelsen er sendt til redaksjonen.');
  });

  it('refuses a text the council was not asked about, and a wrong code', async () => {
    await asked('fastlege');
    const other = await newCouncil('Rådet som ikke ble spurt');
    const notAsked = await form('/api/council/page/review', { code: other.code, review: 'fastlege.1' });
    expect(notAsked.status).toBe(404);
    // Back on its own list with the reason, as a page: nothing of the other text shows.
    expect(notAsked.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await notAsked.text();
    expect(page).toContain('Fant ikke forespørselen om uttalelse.');
    expect(page).toContain('Rådet som ikke ble spurt');
    expect(page).not.toContain('data-review-view');
    const tampered = await form('/api/council/page/statement', { code: other.code, review: '../../x', verdict: 'recommend' });
    expect(tampered.status).toBe(404);
    expect(await tampered.text()).toContain('Fant ikke forespørselen om uttalelse.');
    expect((await form('/api/council/page/review', { code: 'AAAA-BBBB-CCCC', review: 'fastlege.1' })).status).toBe(401);
  });
});
