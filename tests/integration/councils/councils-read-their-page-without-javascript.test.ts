/**
 * POST /api/rad: the councils' page for readers without JavaScript. The code comes in a form body
 * and the answer is the built /rad/ page with only that council's suggestions and review requests.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSitePages } from '../../fixtures/site-pages.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
let sitePages: string;

beforeAll(async () => {
  sitePages = writeSitePages();
  moderation = await startModerationServer({ distDir: sitePages });
});

afterAll(async () => {
  await moderation?.close();
  rmSync(sitePages, { recursive: true, force: true });
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

const postCode = (code: string, path = '/api/rad') =>
  moderation.api(path, {
    method: 'POST',
    token: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ code }).toString(),
  });

describe('POST /api/rad with a council code in the form', () => {
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
    expect(page).toContain(`Referanse ${own.reference}`);
    expect(page).toContain('<p class="follow-stage">Under behandling</p>');
    expect(page).toContain('Svar fra redaksjonen: Vi sjekker åpningstiden.');
    expect(page).toContain('1 forslag, nyeste først.');
    expect(page).toContain('Svarfrist 31. desember 2099');
    expect(page).toContain('Venter på uttalelse fra rådet');
    expect(page).toContain('data-council-result>');
    expect(page).toContain('data-council-form hidden=""');
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
      expect(page).toContain(`<input id="council-code" value="${code}" aria-invalid="true"`);
      expect(page).toMatch(/data-council-error>Rådskoden stemmer ikke, eller den er ikke lenger i bruk\./);
      expect(page).toContain('data-council-result hidden');
    }
  });

  it('asks for the code when the field was empty', async () => {
    const response = await postCode('   ');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-council-error>Skriv rådskoden dere fikk fra redaksjonen.');
  });

  it('refuses a code in the address, by GET or with the form, without echoing it', async () => {
    const { code } = await newCouncil('Rådet med koden i adressen');
    const byGet = await moderation.api(`/api/rad?code=${code}`, { token: null });
    expect(byGet.status).toBeGreaterThanOrEqual(400);
    expect(await byGet.text()).not.toContain('Rådet med koden i adressen');

    const inAddress = await postCode(code, `/api/rad?code=${code}`);
    expect(inAddress.status).toBe(400);
    const page = await inAddress.text();
    expect(page).toContain('Koden skal ikke stå i nettadressen.');
    expect(page).not.toContain(code);
    expect(page).not.toContain('Rådet med koden i adressen');
  });

  it('takes the code only as a form, not as JSON', async () => {
    const { code } = await newCouncil('Rådet som sender JSON');
    const response = await moderation.api('/api/rad', { method: 'POST', token: null, json: { code } });
    expect(response.status).toBe(415);
  });
});
