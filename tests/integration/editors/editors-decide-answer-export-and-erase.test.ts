import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';
import { manualClock } from '../support/test-storage.ts';
import { councilAdmin } from '../../../functions/councils/council-admin.ts';

let moderation: ModerationServer;
const clock = manualClock();

beforeAll(async () => {
  moderation = await startModerationServer({ now: clock.now });
});

afterAll(() => moderation?.close());

/** Moves the handlers' clock on, so items made one after the other never share a timestamp. */
const tick = () => clock.advance(1000);

const CONTACT = { name: 'Ola Nordmann', email: 'ola.nordmann@example.no', phone: '+47 912 34 567' };

type Detail = {
  id: string;
  status: string;
  version: number;
  public: boolean;
  publicAnswer?: string;
  hasContact: boolean;
  contact: Record<string, string> | null;
  history: {
    version: number;
    actor: string;
    action: string;
    at: string;
    fromStatus?: string;
    toStatus?: string;
    note?: string;
    changed?: string[];
  }[];
};

async function detail(id: string): Promise<Detail> {
  const response = await moderation.api(`/api/moderation/suggestions/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Detail;
}

async function patch(id: string, body: unknown): Promise<Response> {
  return moderation.api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: body });
}

describe('an editor handling a suggestion', () => {
  let id: string;

  beforeAll(async () => {
    id = await submit(moderation, {
      kind: 'new-topic',
      title: 'Hjelp med nettbank',
      text: 'Skriv om hvor eldre kan få hjelp med nettbank og BankID.',
      contact: CONTACT,
    });
  });

  it('finds it in the Ny tab, newest first, with contact and history in the detail', async () => {
    const response = await moderation.api('/api/moderation/suggestions?status=new');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { items } = (await response.json()) as { items: { id: string }[] };
    expect(items[0]!.id).toBe(id);
    const item = await detail(id);
    expect(item).toMatchObject({ status: 'new', version: 1, contact: CONTACT });
    expect(item.history).toEqual([expect.objectContaining({ version: 1, action: 'created', toStatus: 'new' })]);
  });

  it('refuses a transition the table does not allow with 400', async () => {
    const response = await patch(id, { status: 'accepted', version: 1 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid-transition', message: expect.stringContaining('kan ikke få status «Godkjent»') },
    });
  });

  it('moves it to in review and accepted with notes, recording editor, time and from → to', async () => {
    const first = await patch(id, { status: 'in-review', note: 'Ser på dette', version: 1 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'in-review', version: 2, contact: CONTACT });
    const second = await patch(id, { status: 'accepted', note: 'Godt forslag, vi lager en side', version: 2 });
    expect(second.status).toBe(200);
    const item = (await second.json()) as Detail;
    expect(item.history.slice(1)).toEqual([
      expect.objectContaining({
        version: 2,
        actor: 'Kari Redaktør',
        fromStatus: 'new',
        toStatus: 'in-review',
        note: 'Ser på dette',
        at: expect.stringMatching(/^\d{4}-/),
      }),
      expect.objectContaining({
        version: 3,
        actor: 'Kari Redaktør',
        fromStatus: 'in-review',
        toStatus: 'accepted',
        note: 'Godt forslag, vi lager en side',
      }),
    ]);
  });

  it('answers a stale version with 409 and the Norwegian message, changing nothing', async () => {
    const response = await patch(id, { status: 'published', version: 2 });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { code: 'version-conflict', message: 'Noen andre har endret dette forslaget. Last inn på nytt.' },
    });
    expect((await detail(id)).status).toBe('accepted');
  });

  it('lets one of two editors with the same version win', async () => {
    const [a, b] = await Promise.all([patch(id, { note: 'Redaktør A', version: 3 }), patch(id, { note: 'Redaktør B', version: 3 })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('shows it publicly with the answer and never any contact data', async () => {
    const { version } = await detail(id);
    const response = await patch(id, { public: true, publicAnswer: 'Vi har laget en ny side om dette: Digital hjelp.', version });
    expect(response.status).toBe(200);
    const answers = await moderation.api('/api/public/answers', { token: null });
    const text = await answers.text();
    const { items } = JSON.parse(text) as { items: Record<string, unknown>[] };
    expect(items).toEqual([
      expect.objectContaining({ id, status: 'accepted', answer: 'Vi har laget en ny side om dette: Digital hjelp.' }),
    ]);
    for (const field of ['contact', 'name', 'email', 'phone', 'hasContact', 'history']) expect(items[0]).not.toHaveProperty(field);
    for (const value of Object.values(CONTACT)) expect(text).not.toContain(value);
  });

  it('exports the queue without contact data unless ticked', async () => {
    const plain = await moderation.api('/api/moderation/export?status=accepted');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(plain.headers.get('content-disposition')).toMatch(/^attachment; filename="forslag-\d{4}-\d{2}-\d{2}\.csv"$/);
    const plainText = await plain.text();
    for (const value of Object.values(CONTACT)) expect(plainText).not.toContain(value);
    const rows = parse(plainText, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ id, Status: 'Godkjent', Type: 'Nytt tema', Offentlig: 'ja' })]);

    const withContact = await moderation.api('/api/moderation/export?status=accepted&contact=true');
    const [row] = parse(await withContact.text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ Navn: CONTACT.name, 'E-post': CONTACT.email, Telefon: `'${CONTACT.phone}` });
  });

  it('makes an MDX draft from it', async () => {
    const response = await moderation.api(`/api/moderation/suggestions/${id}/draft`);
    expect(response.status).toBe(200);
    const draft = (await response.json()) as { fileName: string; content: string };
    expect(draft.fileName).toBe('hjelp-med-nettbank.mdx');
    expect(draft.content).toMatch(/^---\ntitle: "Hjelp med nettbank"\n/);
  });

  it('erases the contact data at once, keeping who and when in the history but not what', async () => {
    const response = await moderation.api(`/api/moderation/suggestions/${id}/contact`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    const item = await detail(id);
    expect(item.contact).toBeNull();
    expect(item.hasContact).toBe(false);
    expect(item.history.at(-1)).toEqual({
      version: item.version,
      at: expect.any(String),
      actor: 'Kari Redaktør',
      action: 'contact-erased',
    });
    const everything = JSON.stringify(item);
    for (const value of Object.values(CONTACT)) expect(everything).not.toContain(value);
    const exported = await (await moderation.api('/api/moderation/export?contact=true')).text();
    for (const value of Object.values(CONTACT)) expect(exported).not.toContain(value);
  });

  it('never rewrites history: earlier entries stay as they were', async () => {
    const item = await detail(id);
    expect(item.history.map((entry) => entry.version)).toEqual(Array.from({ length: item.version }, (_, index) => index + 1));
    expect(item.history[1]).toMatchObject({ fromStatus: 'new', toStatus: 'in-review', note: 'Ser på dette' });
  });

  it('answers an unknown suggestion with 404 JSON', async () => {
    for (const path of ['/api/moderation/suggestions/00000000-0000-4000-8000-000000000000', '/api/moderation/suggestions/%3Cscript%3E']) {
      const response = await moderation.api(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
    }
  });
});

describe('the queue', () => {
  it('counts each status and lists every status newest first with paging', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      tick();
      ids.push(await submit(moderation, { kind: 'question', text: `Spørsmål nummer ${n} om hjemmetjenester?` }));
    }
    await patch(ids[1]!, { status: 'in-review', version: 1 });
    await patch(ids[3]!, { status: 'in-review', version: 1 });

    const counts = (await (await moderation.api('/api/moderation/counts')).json()) as { counts: Record<string, number> };
    expect(counts.counts).toMatchObject({ 'in-review': 2, accepted: 1, published: 0, rejected: 0, duplicate: 0 });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (
        await moderation.api(`/api/moderation/suggestions?kind=question&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()) as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses limit over 100, unknown statuses and forged cursors with 400', async () => {
    for (const query of ['limit=101', 'status=done', 'kind=spam', 'cursor=abc', 'status=new&cursor=eyJiZWZvcmUiOiJ4In0']) {
      const response = await moderation.api(`/api/moderation/suggestions?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('filters by council', async () => {
    const code = moderation.server.demoCouncilCode;
    const fromCouncil = await submit(moderation, {
      kind: 'correction',
      topic: 'trygghetsalarm',
      text: 'Prisen på trygghetsalarm er endret.',
      councilCode: code,
    });
    const council = (await councilAdmin(moderation.server.context).listCouncils()).find((candidate) => candidate.name === 'Eldrerådet')!;
    const { items } = (await (await moderation.api(`/api/moderation/suggestions?council=${council.id}`)).json()) as {
      items: { id: string; source: unknown }[];
    };
    expect(items).toEqual([
      expect.objectContaining({ id: fromCouncil, source: { type: 'council', councilId: council.id, councilName: 'Eldrerådet' } }),
    ]);
  });
});

describe('council codes', () => {
  it('creates a council whose code works once shown, then stops working when revoked', async () => {
    const created = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Ungdomsrådet' } });
    expect(created.status).toBe(201);
    const { council, code } = (await created.json()) as { council: { id: string; name: string; active: boolean }; code: string };
    expect(council).toMatchObject({ name: 'Ungdomsrådet', active: true });
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const list = await (await moderation.api('/api/moderation/councils')).text();
    expect(list).toContain('Ungdomsrådet');
    expect(list).not.toContain(code);
    expect(list).not.toMatch(/codeHash|[0-9a-f]{64}/);

    await submit(moderation, { kind: 'question', text: 'Kan ungdom være besøksvenn?', councilCode: code });
    const revoked = await moderation.api(`/api/moderation/councils/${council.id}/code`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ council: { id: council.id, active: false } });
    const refused = await moderation.api('/api/suggestions', {
      method: 'POST',
      token: null,
      json: { kind: 'question', text: 'Kan ungdom være besøksvenn?', councilCode: code },
    });
    expect(refused.status).toBe(403);

    const renewed = await moderation.api(`/api/moderation/councils/${council.id}/code`, { method: 'POST' });
    const { code: newCode } = (await renewed.json()) as { code: string };
    expect(newCode).not.toBe(code);
    await submit(moderation, { kind: 'question', text: 'Kan ungdom være besøksvenn igjen?', councilCode: newCode });
  });

  it('needs a name', async () => {
    const response = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: ' ' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: { name: expect.any(String) } } });
  });
});

describe('page feedback for editors', () => {
  it('shows Ja/Nei counts per page and the comments newest first', async () => {
    const send = (body: unknown) => {
      tick();
      return moderation.api('/api/feedback', { method: 'POST', token: null, json: body });
    };
    await send({ page: '/sykehjem/', useful: true });
    await send({ page: '/sykehjem/', useful: false, comment: 'Mangler pris' });
    await send({ page: '/sykehjem/', useful: false, comment: 'Hvor lang ventetid?' });

    const pages = (await (await moderation.api('/api/moderation/feedback')).json()) as {
      items: { page: string; yes: number; no: number }[];
    };
    expect(pages.items).toContainEqual(expect.objectContaining({ page: '/sykehjem/', yes: 1, no: 2 }));
    const page = (await (await moderation.api('/api/moderation/feedback/page?page=/sykehjem/')).json()) as {
      yes: number;
      no: number;
      items: { comment?: string }[];
    };
    expect(page).toMatchObject({ yes: 1, no: 2 });
    expect(page.items.map((item) => item.comment)).toEqual(['Hvor lang ventetid?', 'Mangler pris', undefined]);
  });
});
