import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Local from '../../../src/components/mdx/local.astro';
import Kommune from '../../../src/components/mdx/kommune.astro';
import EmergencyPage from '../../../src/components/booklet/emergency-page.astro';
import ContactLine from '../../../src/components/booklet/contact-line.astro';
import OrderPage from '../../../src/components/pages/order-page.astro';
import ContactPage from '../../../src/pages/kontakt.astro';
import OrderThanksPage from '../../../src/pages/bestill-boka/takk/index.astro';

// Levanger: no official page confirmed its switchboard, e-mail, visiting address or service desk.
// The components read the config once, on first use, so it is chosen before anything renders.
process.env.MUNICIPALITY_CONFIG = 'content/municipalities/levanger.json';
const WEBSITE = 'https://www.levanger.kommune.no';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}) =>
  parse(await container.renderToString(component, { props }));
const textOf = (html: ReturnType<typeof parse>) => html.textContent.replace(/\s+/g, ' ');

/** Every tel: link in the markup, each with the number it calls. */
const telLinks = (html: ReturnType<typeof parse>) => html.querySelectorAll('a[href^="tel:"]').map((link) => link.getAttribute('href'));

/** The checks every part must pass: the website linked by name, no empty number to call, no «Ring» without one. */
function expectWebsiteInsteadOfNumber(html: ReturnType<typeof parse>) {
  const link = html.querySelector('a[data-kommune-website]');
  expect(link?.getAttribute('href')).toBe(WEBSITE);
  expect(link?.textContent.trim()).toBe('levanger.kommune.no');
  for (const href of telLinks(html)) expect(href).toMatch(/^tel:\+?\d{3,}$/);
  const text = textOf(html);
  expect(text).not.toMatch(/\bRing (sentralbordet|kommunen)\b[^.]*på\s*[.:]/i);
  expect(text).not.toMatch(/Sentralbord\s*:/);
  expect(text).not.toContain('undefined');
  expect(html.toString()).not.toMatch(/href="(tel:|mailto:)(undefined)?"/);
}

describe('a kommune without a confirmed switchboard, e-mail or address', () => {
  it('gives a service card the kommune’s website instead of a «Ring sentralbordet» line', async () => {
    const card = await render(Local, { service: 'tildelingskontor' });
    expectWebsiteInsteadOfNumber(card);
    expect(card.querySelector('[data-ask-online]')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Spør kommunen etter Helse og omsorg i Levanger kommune. Se kontaktinformasjon på levanger.kommune.no.',
    );
    expect(card.querySelector('[data-via]')).toBeNull();
  });

  it('still gives a service with its own number that number', async () => {
    const card = await render(Local, { service: 'legevakt' });
    expect(telLinks(card)).toContain('tel:116117');
    expect(card.querySelector('[data-ask-online]')).toBeNull();
  });

  it('writes «kommunen (se kontaktinformasjon på …)» where an article names the switchboard, e-mail or address', async () => {
    for (const show of ['switchboard', 'email', 'address', 'postalAddress']) {
      const inline = await render(Kommune, { show });
      expectWebsiteInsteadOfNumber(inline);
      expect(textOf(inline).trim(), show).toBe('kommunen (se kontaktinformasjon på levanger.kommune.no)');
    }
    expect(textOf(await render(Kommune, { show: 'switchboardHours' })).trim()).toBe('');
  });

  it('shows the website on the contact page and in the footer, and no service desk it does not have', async () => {
    const page = await render(ContactPage);
    expectWebsiteInsteadOfNumber(page);
    expect(page.querySelector('[data-kommune-contacts-online]')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Se kontaktinformasjon på levanger.kommune.no.',
    );
    const footer = page.querySelector('footer');
    expect(footer?.querySelector('a[data-kommune-website]')?.getAttribute('href')).toBe(WEBSITE);
    expect(textOf(footer!)).not.toContain('Besøksadresse');
    expect(page.querySelectorAll('a[href^="mailto:"]')).toEqual([]);
  });

  it('names the website on the printed book’s contacts page and in its short contact lines', async () => {
    const contacts = textOf(await render(EmergencyPage));
    expect(contacts).toContain('Se kontaktinformasjon på levanger.kommune.no.');
    expect(contacts).not.toMatch(/sentralbord/i);
    expect(textOf(await render(ContactLine, { service: 'hjemmetjenesten' }))).toContain(
      'Spør kommunen etter Hjemmetjenesten i Levanger. Se kontaktinformasjon på levanger.kommune.no.',
    );
  });

  it('tells readers who would rather phone about the book order where to find the number', async () => {
    for (const page of [await render(OrderPage), await render(OrderThanksPage)]) {
      expectWebsiteInsteadOfNumber(page);
      expect(textOf(page)).toContain('telefonnummeret finner du på levanger.kommune.no');
    }
  });
});
